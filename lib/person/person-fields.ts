/** The questions of "Manage your request", shown by the pages and checked by lib/person/schemas.ts. */
import type { Field } from "@/lib/referrals/form-fields";
import { PAUSE_MOST_DAYS } from "./schemas";

export const LINK_REQUEST_FIELDS: Field[] = [
  {
    kind: "text",
    name: "reference",
    label: "Your reference number",
    hint: "It starts RJ-, like RJ-7K4M-2Q9P",
    spellCheck: false,
    width: "10",
    maxLength: 20,
  },
  {
    kind: "text",
    name: "email",
    label: "The email address you gave us",
    type: "email",
    autocomplete: "email",
    spellCheck: false,
    maxLength: 254,
  },
];

// Its own field names: both forms are on one page, and each field's id comes from its name.
export const CODE_SIGN_IN_FIELDS: Field[] = [
  {
    kind: "text",
    name: "codeReference",
    label: "Your reference number",
    hint: "It starts RJ-, like RJ-7K4M-2Q9P",
    spellCheck: false,
    width: "10",
    maxLength: 20,
  },
  // A password field: the code is not shown on screen as it is typed, and the browser does not keep it in its form history.
  {
    kind: "text",
    name: "code",
    label: "Your private code",
    type: "password",
    autocomplete: "off",
    spellCheck: false,
    width: "20",
    maxLength: 30,
  },
];

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
