/** The questions of "Manage your request", shown by the pages and checked by lib/person/schemas.ts. */
import type { Field } from "@/lib/referrals/form-fields";

/**
 * The furthest ahead a pause may go. Here, not with the schemas: the pages
 * load these fields at once, and the schemas (zod) only when a form is used.
 */
export const PAUSE_MOST_DAYS = 183;

export const PAUSE_FIELDS: Field[] = [
  {
    kind: "group",
    name: "until",
    label: "Please do not contact me until",
    hint: `For example, 12 1 2027. Up to ${Math.floor(PAUSE_MOST_DAYS / 30)} months from today`,
    fields: [
      { kind: "text", name: "untilDay", label: "Day", inputMode: "numeric", width: "2", maxLength: 2 },
      { kind: "text", name: "untilMonth", label: "Month", inputMode: "numeric", width: "2", maxLength: 2 },
      { kind: "text", name: "untilYear", label: "Year", inputMode: "numeric", width: "4", maxLength: 4 },
    ],
  },
  {
    kind: "textarea",
    name: "reason",
    label: "Anything you want to tell us about why",
    optional: true,
    rows: 3,
    maxLength: 500,
  },
];

export const WITHDRAW_FIELDS: Field[] = [
  {
    kind: "textarea",
    name: "reason",
    label: "Anything you want to tell us about why",
    optional: true,
    rows: 3,
    maxLength: 500,
    hint: "You do not have to give a reason",
  },
  {
    kind: "checkbox",
    name: "erase",
    label: "What you told us",
    optional: true,
    checkboxLabel: "Also delete what I told you (we will do this within a month)",
  },
];

export const CONFIRM_WITHDRAWAL_FIELDS: Field[] = [
  {
    kind: "radios",
    name: "confirm",
    label: "Are you sure you want to withdraw your request?",
    options: [
      { value: "yes", label: "Yes, withdraw my request" },
      { value: "no", label: "No, keep my request" },
    ],
  },
];
