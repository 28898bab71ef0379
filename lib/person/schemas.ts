/**
 * The forms of "Manage your request", shared by the browser's checks and the
 * server. Changing how to contact them uses the journey's own questions and
 * checks (safeContactSchema).
 */
import { z } from "zod";
import { formatDate } from "@/lib/dates";
import { PAUSE_MOST_DAYS } from "./person-fields";
import { readDayMonthYear, wholeYear, type DatePart } from "@/lib/forms/day-month-year";
import { EVEN_WITH_OTHER_ERRORS, textOf } from "@/lib/forms/schema-helpers";

export const PERSON_MESSAGES = {
  reference: "Enter your reference number, like RJ-7K4M-2Q9P",
  email: "Enter the email address you gave us",
  code: "Enter your private code",
  until: {
    empty: "Enter the date we may contact you again",
    missing: {
      day: "The date must include a day",
      month: "The date must include a month",
      year: "The date must include a year",
    },
    invalid: {
      day: "Day must be a number from 1 to 31",
      month: "Month must be a number from 1 to 12",
      year: "Year must be 4 numbers, like 2027",
    },
    notReal: "The date must be a real date, like 12 1 2027",
    past: "The date must be after today",
    /** {latest}: the last day a pause may go to, written out. */
    far: "The date must be no later than {latest} (6 months from today)",
  },
  reasonTooLong: "The reason must be 500 characters or fewer",
  confirm: "Select yes if you want to withdraw your request",
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

/** Each box of the pause date, by the field it is. */
const UNTIL_BOX: Record<DatePart, string> = { day: "untilDay", month: "untilMonth", year: "untilYear" };

const addDays = (isoDay: string, days: number) =>
  new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The pause date in three boxes, and why. Its output is the day as yyyy-mm-dd.
 * `today` is the UK day, yyyy-mm-dd (a parameter so the server decides what today is).
 */
export function pauseSchemaFor(today: () => string) {
  const M = PERSON_MESSAGES.until;
  return z
    .object({
      untilDay: text(10, M.invalid.day),
      untilMonth: text(10, M.invalid.month),
      untilYear: text(10, M.invalid.year),
      reason: text(500, PERSON_MESSAGES.reasonTooLong),
    })
    .superRefine((value, ctx) => {
      const issue = (part: DatePart, message: string) =>
        ctx.addIssue({ code: "custom", path: [UNTIL_BOX[part]], message });
      const latest = addDays(today(), PAUSE_MOST_DAYS);
      const far = M.far.replace("{latest}", formatDate(new Date(`${latest}T12:00:00Z`)));
      const read = readDayMonthYear({
        day: textOf(value.untilDay) ?? "",
        month: textOf(value.untilMonth) ?? "",
        year: textOf(value.untilYear) ?? "",
      });
      if (read.day === undefined) {
        for (const { part, problem } of read.problems) {
          if (problem === "empty") issue(part, M.empty);
          else if (problem === "not-real") issue(part, M.notReal);
          else issue(part, M[problem][part]);
        }
        // A whole year out of reach is said too, even while another box is wrong.
        const year = wholeYear(textOf(value.untilYear) ?? "");
        if (year !== undefined && !read.problems.some((p) => p.part === "year")) {
          if (year > Number(latest.slice(0, 4))) issue("year", far);
          else if (year < Number(today().slice(0, 4))) issue("year", M.past);
        }
        return;
      }
      if (read.day <= today()) issue("day", M.past);
      else if (read.day > latest) issue("day", far);
    }, EVEN_WITH_OTHER_ERRORS)
    .transform(({ untilDay, untilMonth, untilYear, reason }) => ({
      until: readDayMonthYear({ day: untilDay, month: untilMonth, year: untilYear }).day!,
      reason,
    }));
}

export const withdrawSchema = z.object({
  reason: text(500, PERSON_MESSAGES.reasonTooLong),
  erase: z.preprocess((v) => v === "yes" || v === true || v === "on", z.boolean()),
});

export const confirmWithdrawalSchema = z.object({
  confirm: z.preprocess((v) => (typeof v === "string" ? v : ""), z.enum(["yes", "no"], PERSON_MESSAGES.confirm)),
});
