/**
 * The forms of "Manage your request", shared by the browser's checks and the
 * server. Changing how to contact them uses the journey's own questions and
 * checks (safeContactSchema).
 */
import { z } from "zod";
import { isRealDay } from "@/lib/dates";
import { EVEN_WITH_OTHER_ERRORS, textOf } from "@/lib/forms/schema-helpers";

/** The furthest ahead a pause may go. */
export const PAUSE_MOST_DAYS = 183;

export const PERSON_MESSAGES = {
  reference: "Enter your reference number, like RJ-7K4M-2Q9P",
  email: "Enter the email address you gave us",
  code: "Enter your private code",
  until: "Enter the date, like 2027-03-01",
  untilPast: "The date must be after today",
  untilFar: "The date must be within 6 months",
  reasonTooLong: "The reason must be 500 characters or fewer",
  confirm: "Select whether you want to withdraw your request",
} as const;

const text = (max: number, message: string) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(max, message));

export const linkRequestSchema = z.object({
  reference: text(20, PERSON_MESSAGES.reference).pipe(z.string().min(1, PERSON_MESSAGES.reference)),
  email: text(254, PERSON_MESSAGES.email).pipe(z.string().min(1, PERSON_MESSAGES.email)),
});

export const codeSignInSchema = z.object({
  codeReference: text(20, PERSON_MESSAGES.reference).pipe(z.string().min(1, PERSON_MESSAGES.reference)),
  code: text(30, PERSON_MESSAGES.code).pipe(z.string().min(1, PERSON_MESSAGES.code)),
});

/** `today` is the UK day, yyyy-mm-dd (a parameter so the server decides what today is). */
export function pauseSchemaFor(today: () => string) {
  return z
    .object({
      until: text(10, PERSON_MESSAGES.until),
      reason: text(500, PERSON_MESSAGES.reasonTooLong),
    })
    .superRefine((value, ctx) => {
      const until = textOf(value.until) ?? "";
      if (!isRealDay(until))
        return void ctx.addIssue({ code: "custom", path: ["until"], message: PERSON_MESSAGES.until });
      const days = (Date.parse(`${until}T00:00:00Z`) - Date.parse(`${today()}T00:00:00Z`)) / 86_400_000;
      if (days < 1) ctx.addIssue({ code: "custom", path: ["until"], message: PERSON_MESSAGES.untilPast });
      else if (days > PAUSE_MOST_DAYS)
        ctx.addIssue({ code: "custom", path: ["until"], message: PERSON_MESSAGES.untilFar });
    }, EVEN_WITH_OTHER_ERRORS);
}

export const withdrawSchema = z.object({
  reason: text(500, PERSON_MESSAGES.reasonTooLong),
  erase: z.preprocess((v) => v === "yes" || v === true || v === "on", z.boolean()),
});
