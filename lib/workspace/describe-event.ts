/** One timeline entry in words: shared by the referral page and the subject-access bundle. */
import { ALL_CLOSURE_REASONS, STATUS_LABELS } from "@/lib/referrals/status-rules";
import { CONTACT_LABELS } from "./contact-labels";

export type TimelineEvent = {
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  closureReason: string | null;
  assignedToId: string | null;
  channel: string | null;
  outcome: string | null;
};

export function describeEvent(event: TimelineEvent, names: Map<string, string>): string {
  switch (event.type) {
    case "STATUS_CHANGED": {
      const reason = ALL_CLOSURE_REASONS.find((r) => r.value === event.closureReason)?.label;
      return `Status: ${STATUS_LABELS[event.fromStatus as keyof typeof STATUS_LABELS]} → ${STATUS_LABELS[event.toStatus as keyof typeof STATUS_LABELS]}${reason ? ` (${reason})` : ""}`;
    }
    case "ASSIGNED":
      return `Assigned to ${names.get(event.assignedToId ?? "") ?? "a member of staff"}`;
    case "NOTE":
      return "Note";
    case "CONTACT_ATTEMPT":
      return `Contact attempt: ${CONTACT_LABELS[event.channel ?? ""] ?? event.channel}, ${CONTACT_LABELS[event.outcome ?? ""] ?? event.outcome}`;
    case "SENSITIVE_CHANGED":
      return event.outcome === "flagged" ? "Marked as sensitive" : "Sensitive flag removed";
    case "EMAIL_RESENT":
      return "Email to the provider sent again";
    case "NEXT_STEP_SET":
      return "Next step set";
    case "UNASSIGNED":
      return `Put back in New (was assigned to ${names.get(event.assignedToId ?? "") ?? "a member of staff"})`;
    // By the person, online ("Manage your request").
    case "CHANGED_BY_PERSON":
      return "The person changed how to contact them";
    case "PAUSED_BY_PERSON":
      return "The person paused their request";
    case "RESUMED_BY_PERSON":
      return "The person resumed their request";
    case "WITHDRAWN_BY_PERSON":
      return "The person withdrew their request";
    default:
      return event.type;
  }
}
