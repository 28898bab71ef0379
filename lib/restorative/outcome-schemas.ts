/** The checks for the outcome and the agreement, in the browser and on the server. */
import { z } from "zod";
import { optionalDay } from "@/lib/forms/day-month-year";
import { asString, asStringArray, EVEN_WITH_OTHER_ERRORS } from "@/lib/forms/schema-helpers";
import {
  AGREEMENT_OWNERS,
  DELIVERED_BY,
  ITEM_STATUSES,
  OUTCOME_LIMITS,
  STAGES_REACHED,
  WHY_NOT,
  WISHES_MET,
} from "./outcome-fields";
import { SESSION_PEOPLE } from "./session-fields";

export const OUTCOME_MESSAGES = {
  delivered: "Select what was delivered",
  deliveredOn: "Enter the day it was delivered",
  deliveredOnNone: "Leave the date blank when none was delivered",
  tookPart: "Select who took part",
  wishesMet: "Select whether the victim's wishes were met",
  stageReached: "Select how far it got",
  whyNot: "Select why it went no further",
  detail: "Say what happened, as the reason is “Something else”",
  what: "Enter what is agreed",
  owner: "Select who will do it",
  due: "Enter the day it should be done by",
  status: "Select whether it has been done",
  day: (what: string) => `${what} must be a real date, like 14 1 2027`,
  future: (what: string) => `${what} must be today or in the past`,
  tooLong: (what: string, max: number) => `${what} must be ${max.toLocaleString("en-GB")} characters or fewer`,
} as const;
const M = OUTCOME_MESSAGES;

const str = (v: unknown) => asString(v).trim();
const anyText = z.preprocess(str, z.string());
const values = <T extends ReadonlyArray<{ value: string }>>(options: T) =>
  options.map((o) => o.value) as [T[number]["value"], ...T[number]["value"][]];
const choice = <T extends ReadonlyArray<{ value: string }>>(options: T, message: string) =>
  z.preprocess(str, z.enum(values(options), message));
const isOneOf = (options: ReadonlyArray<{ value: string }>, value: string) => options.some((o) => o.value === value);

/** `today`: the server's UK day (yyyy-mm-dd). */
export function outcomeSchemaFor(today: () => string) {
  return z
    .object({
      delivered: choice(DELIVERED_BY, M.delivered),
      stageReached: anyText,
      whyNot: anyText,
      deliveredOnDay: anyText,
      deliveredOnMonth: anyText,
      deliveredOnYear: anyText,
      tookPart: z.preprocess(asStringArray, z.array(z.enum(values(SESSION_PEOPLE)))),
      wishesMet: choice(WISHES_MET, M.wishesMet),
      detail: z
        .preprocess(str, z.string().max(OUTCOME_LIMITS.detail, M.tooLong("What you record", OUTCOME_LIMITS.detail)))
        .transform((v) => v || null),
    })
    .superRefine((value, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      const day = optionalDay(value, "deliveredOn");
      if (value.delivered === "NONE") {
        if (!isOneOf(STAGES_REACHED, value.stageReached)) issue("stageReached", M.stageReached);
        if (!isOneOf(WHY_NOT, value.whyNot)) issue("whyNot", M.whyNot);
        else if (value.whyNot === "other" && !value.detail) issue("detail", M.detail);
        if (day !== null) issue("deliveredOnDay", M.deliveredOnNone);
      } else if (value.delivered) {
        if (day === null) issue("deliveredOnDay", M.deliveredOn);
        else if (day === "invalid") issue("deliveredOnDay", M.day("The day it was delivered"));
        else if (day > today()) issue("deliveredOnDay", M.future("The day it was delivered"));
        if (!value.tookPart?.length) issue("tookPart", M.tookPart);
      }
    }, EVEN_WITH_OTHER_ERRORS)
    .transform((value) => {
      const none = value.delivered === "NONE";
      return {
        delivered: value.delivered,
        deliveredOn: none ? null : optionalDay(value, "deliveredOn"),
        tookPart: none ? [] : value.tookPart,
        wishesMet: value.wishesMet,
        stageReached: none ? value.stageReached : null,
        whyNot: none ? value.whyNot : null,
        detail: value.detail,
      };
    });
}
export type OutcomeInput = z.output<ReturnType<typeof outcomeSchemaFor>>;

export const agreementItemSchema = z
  .object({
    what: z.preprocess(
      str,
      z.string().min(1, M.what).max(OUTCOME_LIMITS.what, M.tooLong("What is agreed", OUTCOME_LIMITS.what)),
    ),
    owner: choice(AGREEMENT_OWNERS, M.owner),
    dueDay: anyText,
    dueMonth: anyText,
    dueYear: anyText,
  })
  .superRefine((value, ctx) => {
    const day = optionalDay(value, "due");
    if (day === null) ctx.addIssue({ code: "custom", path: ["dueDay"], message: M.due });
    else if (day === "invalid") ctx.addIssue({ code: "custom", path: ["dueDay"], message: M.day("The day") });
  }, EVEN_WITH_OTHER_ERRORS)
  .transform((value) => ({ what: value.what, owner: value.owner, dueOn: optionalDay(value, "due") as string }));
export type AgreementItemInput = z.output<typeof agreementItemSchema>;

export const followUpSchema = z.object({ status: choice(ITEM_STATUSES, M.status) });
