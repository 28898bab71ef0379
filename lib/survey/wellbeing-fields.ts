/**
 * The questions of how a victim feels, at the start of their case and after
 * it: for staff recording answers given by phone and for the person answering
 * online, in the same plain words. Nothing here names the crime or the person
 * responsible.
 */
import type { Field, RadiosField } from "@/lib/referrals/form-fields";

export const RATHER_NOT_SAY = "notSaying";

/** A 0–10 scale, inline, with "I'd rather not say". */
const scale = (name: string, label: string, hint: string): RadiosField => ({
  kind: "radios",
  name,
  label,
  hint,
  inline: true,
  options: [
    ...Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) })),
    { value: RATHER_NOT_SAY, label: "I’d rather not say" },
  ],
});

export const SCALES = [
  scale("fear", "How afraid are you that it will happen again?", "0 is not at all afraid, 10 is extremely afraid"),
  scale("anger", "How angry do you feel about what happened?", "0 is not at all angry, 10 is extremely angry"),
  scale("coping", "How well are you coping day to day?", "0 is not coping at all, 10 is coping very well"),
] as const;
export type ScaleName = (typeof SCALES)[number]["name"];

export const SATISFACTION = [
  { value: "5", label: "Very satisfied" },
  { value: "4", label: "Satisfied" },
  { value: "3", label: "Neither satisfied nor dissatisfied" },
  { value: "2", label: "Dissatisfied" },
  { value: "1", label: "Very dissatisfied" },
] as const;

export const RECOMMEND = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "notSure", label: "Not sure" },
] as const;

export const FELT = [
  { value: "yes", label: "Yes" },
  { value: "partly", label: "Partly" },
  { value: "no", label: "No" },
] as const;

export const COMMENT_LIMIT = 1000;

export const START_FIELDS: Field[] = [...SCALES];

export const AFTER_FIELDS: Field[] = [
  {
    kind: "radios",
    name: "satisfaction",
    label: "Overall, how satisfied are you with the restorative justice service?",
    options: SATISFACTION,
  },
  {
    kind: "radios",
    name: "recommend",
    label: "Would you recommend restorative justice to other people in your situation?",
    options: RECOMMEND,
    inline: true,
  },
  { kind: "radios", name: "listened", label: "Did you feel listened to?", options: FELT, inline: true },
  { kind: "radios", name: "prepared", label: "Did you feel prepared?", options: FELT, inline: true },
  { kind: "radios", name: "safe", label: "Did you feel safe?", options: FELT, inline: true },
  ...SCALES,
  {
    kind: "textarea",
    name: "comment",
    label: "Anything else you would like to tell us",
    optional: true,
    hint: "Staff read this to improve the service. It is never published",
    rows: 4,
    maxLength: COMMENT_LIMIT,
  },
];
