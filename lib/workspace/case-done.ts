/**
 * What the referral page says after a change ("Status changed to Contacting"):
 * the action puts a code in the address (never personal data), the page reads
 * the rest from the referral as it now is.
 */
import { STATUS_LABELS, type Status } from "@/lib/referrals/status-rules";

export const DONE_CODES = [
  "status",
  "assigned",
  "assigned-to-me",
  "unassigned",
  "note",
  "contact",
  "sensitive",
  "next-step",
  "seen",
] as const;
export type DoneCode = (typeof DONE_CODES)[number];

export function isDoneCode(value: unknown): value is DoneCode {
  return typeof value === "string" && (DONE_CODES as readonly string[]).includes(value);
}

export function doneMessage(
  code: DoneCode,
  referral: { status: Status; assignedToName: string | null; sensitive: boolean; nextStepWords: string | null },
): string {
  switch (code) {
    case "status":
      return `Status changed to ${STATUS_LABELS[referral.status]}`;
    case "assigned":
      return `Assigned to ${referral.assignedToName ?? "nobody"}`;
    case "assigned-to-me":
      return "Assigned to you";
    case "unassigned":
      return "Put back in New: nobody is assigned now";
    case "note":
      return "Note added";
    case "contact":
      return "Contact attempt recorded";
    case "sensitive":
      return referral.sensitive ? "Marked as sensitive" : "No longer marked as sensitive";
    case "next-step":
      return `Next step saved: ${referral.nextStepWords ?? ""}`;
    case "seen":
      return "The person's changes are marked as seen";
  }
}
