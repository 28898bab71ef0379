/** The checks of the wellbeing questions, in the browser and on the server. */
import { z } from "zod";
import { asString, CONTROL_CHARACTERS_MESSAGE } from "@/lib/forms/schema-helpers";
import { COMMENT_LIMIT, FELT, RATHER_NOT_SAY, RECOMMEND, SATISFACTION } from "./wellbeing-fields";

export const WELLBEING_MESSAGES = {
  fear: "Select how afraid you are, from 0 to 10, or that you would rather not say",
  anger: "Select how angry you feel, from 0 to 10, or that you would rather not say",
  coping: "Select how well you are coping, from 0 to 10, or that you would rather not say",
  satisfaction: "Select how satisfied you are",
  recommend: "Select whether you would recommend it",
  listened: "Select whether you felt listened to",
  prepared: "Select whether you felt prepared",
  safe: "Select whether you felt safe",
  comment: `What you tell us must be ${COMMENT_LIMIT.toLocaleString("en-GB")} characters or fewer`,
} as const;
const M = WELLBEING_MESSAGES;

const str = (v: unknown) => asString(v).trim();
const SCALE_VALUES: [string, ...string[]] = [RATHER_NOT_SAY, ...Array.from({ length: 11 }, (_, n) => String(n))];
/** 0–10, or null for "I'd rather not say"; anything else is refused. */
const scale = (message: string) =>
  z.preprocess(str, z.enum(SCALE_VALUES, message)).transform((v) => (v === RATHER_NOT_SAY ? null : Number(v)));
const choice = <T extends ReadonlyArray<{ value: string }>>(options: T, message: string) =>
  z.preprocess(str, z.enum(options.map((o) => o.value) as [T[number]["value"], ...T[number]["value"][]], message));

export const startSchema = z.object({ fear: scale(M.fear), anger: scale(M.anger), coping: scale(M.coping) });
export type StartAnswers = z.output<typeof startSchema>;

export const afterSchema = startSchema.extend({
  satisfaction: choice(SATISFACTION, M.satisfaction).transform(Number),
  recommend: choice(RECOMMEND, M.recommend),
  listened: choice(FELT, M.listened),
  prepared: choice(FELT, M.prepared),
  safe: choice(FELT, M.safe),
  comment: z
    .preprocess(
      str,
      z
        .string()
        .max(COMMENT_LIMIT, M.comment)
        .refine((v) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(v), CONTROL_CHARACTERS_MESSAGE),
    )
    .transform((v) => v || null),
});
export type AfterAnswers = z.output<typeof afterSchema>;
