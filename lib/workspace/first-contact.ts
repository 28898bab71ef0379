/**
 * First contact, as the provider promises it (pure: no database here). Two
 * measures are kept on every referral: the first attempt by a way the person
 * chose, and the first time staff spoke to them. FIRST_CONTACT_PROMISE says
 * which one the promise is about; the overdue badge follows that, never the status.
 */
import { ukDaysBetween } from "@/lib/dates";
import type { FirstContactPromise } from "@/lib/env";
import type { Status } from "@/lib/referrals/status-rules";

export type FirstContactFacts = {
  status: Status;
  firstContactDueAt: Date | null;
  firstChosenAttemptAt: Date | null;
  firstSpokenAt: Date | null;
  pausedUntil: Date | null;
};

/** When the promise was kept, or null while it is still to keep. */
export function promiseKeptAt(
  referral: Pick<FirstContactFacts, "firstChosenAttemptAt" | "firstSpokenAt">,
  promise: FirstContactPromise,
): Date | null {
  return promise === "spoken" ? referral.firstSpokenAt : referral.firstChosenAttemptAt;
}

export const PROMISE_WORDS: Record<FirstContactPromise, string> = {
  attempt: "a first try by a way they chose",
  spoken: "first spoken to",
};

/** "Due in 2 days", "Due today", "Overdue" while the promise is still to keep; nothing once kept, closed or paused. */
export function firstContactBadge(
  referral: FirstContactFacts,
  promise: FirstContactPromise,
  now = new Date(),
): { text: string; overdue: boolean } | null {
  const due = referral.firstContactDueAt;
  if (!due || referral.status === "CLOSED" || promiseKeptAt(referral, promise)) return null;
  if (referral.pausedUntil && referral.pausedUntil > now) return null;
  const days = ukDaysBetween(now, due);
  if (days < 0 || (days === 0 && due < now)) return { text: "First contact overdue", overdue: true };
  if (days === 0) return { text: "First contact due today", overdue: false };
  return { text: `First contact due in ${days} ${days === 1 ? "day" : "days"}`, overdue: false };
}
