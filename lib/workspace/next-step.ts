/**
 * A case's next step and the UK day it is due, as lists and the referral page
 * show it (pure). A step the caseworker has not written is the default: make
 * first contact until the promise is kept, then set the next step (due the day
 * the promise was kept, so it shows in "Due today" until someone does).
 */
import { formatDate, ukDay } from "@/lib/dates";
import type { FirstContactPromise } from "@/lib/env";
import type { Status } from "@/lib/referrals/status-rules";
import { promiseKeptAt } from "./first-contact";

export type NextStepFacts = {
  status: Status;
  nextStep: string | null;
  nextStepDue: Date | null;
  firstChosenAttemptAt: Date | null;
  firstSpokenAt: Date | null;
};

export type NextStepView = {
  text: string;
  due: string | null;
  dueWords: string;
  overdue: boolean;
  dueToday: boolean;
  isDefault: boolean;
};

/** The words for a next step and its date, or null for a closed case. */
export function describeNextStep(
  referral: NextStepFacts,
  promise: FirstContactPromise,
  now = new Date(),
): NextStepView | null {
  if (referral.status === "CLOSED") return null;
  const isDefault = !referral.nextStep;
  const text = referral.nextStep ?? (promiseKeptAt(referral, promise) ? "Set the next step" : "Make first contact");
  if (!referral.nextStepDue)
    return { text, due: null, dueWords: "No date", overdue: false, dueToday: false, isDefault };
  // A DATE column comes back as midnight UTC of that day: its ISO day is the UK day meant.
  const due = referral.nextStepDue.toISOString().slice(0, 10);
  const today = ukDay(now);
  const overdue = due < today;
  const dueToday = due === today;
  const dueWords = overdue
    ? `Overdue (${formatDate(new Date(`${due}T12:00:00Z`))})`
    : dueToday
      ? "Today"
      : formatDate(new Date(`${due}T12:00:00Z`));
  return { text, due, dueWords, overdue, dueToday, isDefault };
}
