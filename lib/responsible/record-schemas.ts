/** The checks of the person responsible's record, in the browser and on the server. */
import { z } from "zod";
import { optionalDay } from "@/lib/forms/day-month-year";
import { EVEN_WITH_OTHER_ERRORS } from "@/lib/forms/schema-helpers";
import { ADMISSION, CONTACT_CHANNELS, CONTACT_WITH, RECORD_LIMITS, WHEREABOUTS } from "./record-fields";

export const RECORD_MESSAGES = {
  whereabouts: "Select where they are",
  admission: "Select whether they admit the harm",
  tooLong: (what: string, max: number) => `${what} must be ${max.toLocaleString("en-GB")} characters or fewer`,
  day: (what: string) => `${what} must be a real date, like 27 3 2026`,
  future: (what: string) => `${what} must be today or in the past`,
  withdrawnWithoutConsent: "Enter the date they agreed, before the date they withdrew",
  withdrawnBeforeConsent: "The date they withdrew must be on or after the date they agreed",
  note: "Enter what was said or noted",
  kind: "Select whether it is a contact or a note",
  contactWith: "Select who the contact was with",
  channel: "Select how you were in contact",
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
    .superRefine((value, ctx) => {
      // Checked even while another answer is wrong, so every problem shows at once.
      const days = datesOf(value as DateBoxes);
      for (const [prefix, what] of [
        ["consentGiven", "The date they agreed"],
        ["consentWithdrawn", "The date they withdrew"],
      ] as const) {
        const day = days[prefix];
        if (day === "invalid") ctx.addIssue({ code: "custom", path: [`${prefix}Day`], message: M.day(what) });
        else if (day && day > today())
          ctx.addIssue({ code: "custom", path: [`${prefix}Day`], message: M.future(what) });
      }
      const given = days.consentGiven;
      const withdrawn = days.consentWithdrawn;
      if (withdrawn && withdrawn !== "invalid" && !given)
        ctx.addIssue({ code: "custom", path: ["consentGivenDay"], message: M.withdrawnWithoutConsent });
      if (withdrawn && withdrawn !== "invalid" && given && given !== "invalid" && withdrawn < given)
        ctx.addIssue({ code: "custom", path: ["consentWithdrawnDay"], message: M.withdrawnBeforeConsent });
    }, EVEN_WITH_OTHER_ERRORS)
    .transform((value) => {
      const days = datesOf(value);
      const valid = (day: string | null) => (day === "invalid" ? null : day);
      return {
        whereabouts: value.whereabouts,
        establishment: value.establishment,
        practitioner: value.practitioner,
        admission: value.admission,
        consentGivenOn: valid(days.consentGiven),
        consentHow: value.consentHow,
        consentWithdrawnOn: valid(days.consentWithdrawn),
        suitability: value.suitability,
      };
    });
}

type DateBoxes = Record<`${"consentGiven" | "consentWithdrawn"}${"Day" | "Month" | "Year"}`, string>;

/** Each optional day: null when left blank, "invalid" when not a real day, else yyyy-mm-dd. */
function datesOf(value: DateBoxes) {
  return { consentGiven: optionalDay(value, "consentGiven"), consentWithdrawn: optionalDay(value, "consentWithdrawn") };
}

export type RecordInput = z.output<ReturnType<typeof recordSchemaFor>>;

export const noteSchema = z
  .object({
    kind: choice([{ value: "contact" }, { value: "note" }], M.kind),
    contactWith: z.preprocess(str, z.string()),
    channel: z.preprocess(str, z.string()),
    note: z.preprocess(
      str,
      z.string().min(1, M.note).max(RECORD_LIMITS.note, M.tooLong("The note", RECORD_LIMITS.note)),
    ),
  })
  .superRefine((value, ctx) => {
    if (value.kind !== "contact") return;
    if (!CONTACT_WITH.some((c) => c.value === value.contactWith))
      ctx.addIssue({ code: "custom", path: ["contactWith"], message: M.contactWith });
    if (!CONTACT_CHANNELS.some((c) => c.value === value.channel))
      ctx.addIssue({ code: "custom", path: ["channel"], message: M.channel });
  }, EVEN_WITH_OTHER_ERRORS)
  .transform((value) => ({
    note: value.note,
    contactWith: value.kind === "contact" ? value.contactWith : null,
    channel: value.kind === "contact" ? value.channel : null,
  }));
