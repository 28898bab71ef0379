/**
 * What the person asked for about being contacted, and what follows from it
 * for staff: the channels they chose, their safe times, whether a message may
 * be left, and the rules a staff action must obey (pure: no database here).
 * The person's wishes win over any staff action.
 */
import { CONTACT_METHODS, CRIME_TYPES, SENSITIVE_CRIME_TYPES } from "@/lib/referrals/options";
import { formatDate, formatDateTime } from "@/lib/dates";

export type ContactWishes = {
  /** The channels the person chose, in the order the question lists them. */
  chosen: string[];
  safeTimes: string | null;
  messageSafe: "yes" | "no" | "notSure" | null;
  someoneElse: "yes" | "no" | "notSure" | null;
};

/** Reads the wishes out of the stored answers (an older shape gives fewer wishes, never an error). */
export function contactWishes(answers: unknown): ContactWishes {
  const step = ((answers as Record<string, unknown> | null)?.["safe-contact"] ?? {}) as Record<string, unknown>;
  const methods = Array.isArray(step.contactMethods) ? step.contactMethods.map(String) : [];
  const yesNo = (value: unknown) => (value === "yes" || value === "no" || value === "notSure" ? value : null);
  return {
    chosen: CONTACT_METHODS.map((m) => m.value as string).filter((value) => methods.includes(value)),
    safeTimes: typeof step.safeTimes === "string" && step.safeTimes.trim() ? step.safeTimes.trim() : null,
    messageSafe: yesNo(step.messageSafe),
    someoneElse: yesNo(step.someoneElse),
  };
}

/** What staff must not do, in plain words, from the safe-contact answers. */
export function contactCautions(wishes: ContactWishes): string[] {
  const cautions: string[] = [];
  if (!wishes.chosen.includes("phone")) cautions.push("Do not phone");
  if (!wishes.chosen.includes("text")) cautions.push("Do not text");
  if (!wishes.chosen.includes("email")) cautions.push("Do not email");
  if (!wishes.chosen.includes("letter")) cautions.push("Do not write");
  if (wishes.messageSafe !== "yes")
    cautions.push(
      wishes.messageSafe === "no" ? "Do not leave a message" : "Do not leave a message (they were not sure it is safe)",
    );
  if (wishes.someoneElse !== "no")
    cautions.push("Someone else may answer: say nothing about the case until you know it is them");
  if (wishes.safeTimes) cautions.push(`Only at the times they gave: ${wishes.safeTimes}`);
  return cautions;
}

/** Why a case is marked sensitive, in words: the crime type that made it so, or a member of staff. */
export function sensitiveBecause(referral: { sensitive: boolean; crimeType: string }): string | null {
  if (!referral.sensitive) return null;
  if (SENSITIVE_CRIME_TYPES.includes(referral.crimeType)) {
    const label = CRIME_TYPES.find((c) => c.value === referral.crimeType)?.label ?? referral.crimeType;
    return `Sensitive because of the crime type (${label.toLowerCase()}). Led by the person: take particular care.`;
  }
  return "Marked sensitive by a member of staff (the reason is in the timeline). Led by the person: take particular care.";
}

export type AttemptCheck =
  | { ok: true; otherChannel: boolean }
  | { ok: false; refusal: "contact.paused"; values: { until: string } }
  | { ok: false; refusal: "contact.other-channel-reason" };

/** Whether a contact attempt may be recorded: never during a pause, and by another channel only with a reason. */
export function checkAttempt(
  referral: { pausedUntil: Date | null },
  wishes: ContactWishes,
  attempt: { channel: string; otherChannelReason?: string | null },
  now = new Date(),
): AttemptCheck {
  if (referral.pausedUntil && referral.pausedUntil > now) {
    return { ok: false, refusal: "contact.paused", values: { until: formatDate(referral.pausedUntil) } };
  }
  const otherChannel = !wishes.chosen.includes(attempt.channel);
  if (otherChannel && !attempt.otherChannelReason?.trim())
    return { ok: false, refusal: "contact.other-channel-reason" };
  return { ok: true, otherChannel };
}

/** The kinds of staff action on a case, for the withdrawal rule below. */
export type CaseActionKind =
  | "status"
  | "assign"
  | "contact"
  | "note"
  | "sensitive"
  | "next-step"
  | "unassign"
  | "seen"
  /** The person responsible's record (lib/responsible/): preparing them stops when the victim withdraws. */
  | "responsible"
  /** Booking a session (lib/restorative/): the restorative work stops when the victim withdraws. */
  | "session";

/**
 * A request the person withdrew online cannot be reopened, assigned or
 * contacted; with a deletion request nothing is left but the erasure. Notes
 * and marking their changes seen stay open after a plain withdrawal (a staff
 * closure "the victim withdrew" is a different thing and is not affected).
 */
export function withdrawnRefusal(
  referral: { withdrawnAt: Date | null; erasureRequestedAt: Date | null },
  kind: CaseActionKind,
):
  | { code: "case.withdrawn"; values: { when: string } }
  | { code: "case.erasure-requested"; values: Record<string, string> }
  | null {
  if (!referral.withdrawnAt) return null;
  if (referral.erasureRequestedAt) return kind === "seen" ? null : { code: "case.erasure-requested", values: {} };
  if (kind === "note" || kind === "seen" || kind === "sensitive") return null;
  return { code: "case.withdrawn", values: { when: formatDateTime(referral.withdrawnAt) } };
}
