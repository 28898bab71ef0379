/** The checks of the person responsible's record, in the browser and on the server. */
import { z } from "zod";
import { readDayMonthYear } from "@/lib/forms/day-month-year";
import { ADMISSION, RECORD_LIMITS, WHEREABOUTS } from "./record-fields";

export const RECORD_MESSAGES = {
  whereabouts: "Select where they are",
  admission: "Select whether they admit the harm",
  tooLong: (what: string, max: number) => `${what} must be ${max.toLocaleString("en-GB")} characters or fewer`,
  day: (what: string) => `${what} must be a real date, like 27 3 2026`,
  future: (what: string) => `${what} must be today or in the past`,
  withdrawnWithoutConsent: "Enter the date they agreed, before the date they withdrew",
  withdrawnBeforeConsent: "The date they withdrew must be on or after the date they agreed",
  note: "Enter the note",
} as const;

const M = RECORD_MESSAGES;
const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");
const text = (max: number, what: string) =>
  z.preprocess(str, z.string().max(max, M.tooLong(what, max))).transform((v) => v || null);
const choice = <T extends readonly { value: string }[]>(options: T, message: string) =>
  z.preprocess(str, z.enum(options.map((o) => o.value) as [T[number]["value"], ...T[number]["value"][]], message));

/** `today`: the UK day, yyyy-mm-dd (the server's, so a wrong clock changes nothing). */
export function recordSchemaFor(today: () => string) {
  return z
    .object({
      whereabouts: choice(WHEREABOUTS, M.whereabouts),
      establishment: text(RECORD_LIMITS.establishment, "Prison or probation office"),
      practitioner: text(RECORD_LIMITS.practitioner, "The practitioner"),
      admission: choice(ADMISSION, M.admission),
      consentGivenDay: z.preprocess(str, z.string()),
      consentGivenMonth: z.preprocess(str, z.string()),
      consentGivenYear: z.preprocess(str, z.string()),
      consentHow: text(RECORD_LIMITS.consentHow, "How they agreed"),
      consentWithdrawnDay: z.preprocess(str, z.string()),
      consentWithdrawnMonth: z.preprocess(str, z.string()),
      consentWithdrawnYear: z.preprocess(str, z.string()),
      suitability: text(RECORD_LIMITS.suitability, "Risk and suitability"),
    })
    .transform((value, ctx) => {
      // An optional day: blank is none; anything typed must be a real day, not in the future.
      const dayOf = (prefix: "consentGiven" | "consentWithdrawn", what: string) => {
        const parts = {
          day: value[`${prefix}Day`],
          month: value[`${prefix}Month`],
          year: value[`${prefix}Year`],
        };
        const read = readDayMonthYear(parts);
        if (read.problems[0]?.problem === "empty") return null;
        if (read.day === undefined) {
          ctx.addIssue({ code: "custom", path: [`${prefix}Day`], message: M.day(what) });
          return null;
        }
        if (read.day > today()) ctx.addIssue({ code: "custom", path: [`${prefix}Day`], message: M.future(what) });
        return read.day;
      };
      const consentGivenOn = dayOf("consentGiven", "The date they agreed");
      const consentWithdrawnOn = dayOf("consentWithdrawn", "The date they withdrew");
      if (consentWithdrawnOn && !consentGivenOn)
        ctx.addIssue({ code: "custom", path: ["consentGivenDay"], message: M.withdrawnWithoutConsent });
      if (consentWithdrawnOn && consentGivenOn && consentWithdrawnOn < consentGivenOn)
        ctx.addIssue({ code: "custom", path: ["consentWithdrawnDay"], message: M.withdrawnBeforeConsent });
      return {
        whereabouts: value.whereabouts,
        establishment: value.establishment,
        practitioner: value.practitioner,
        admission: value.admission,
        consentGivenOn,
        consentHow: value.consentHow,
        consentWithdrawnOn,
        suitability: value.suitability,
      };
    });
}

export type RecordInput = z.output<ReturnType<typeof recordSchemaFor>>;

export const noteSchema = z.object({
  note: z.preprocess(str, z.string().min(1, M.note).max(RECORD_LIMITS.note, M.tooLong("The note", RECORD_LIMITS.note))),
});
