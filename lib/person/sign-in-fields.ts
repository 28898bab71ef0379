/**
 * The questions of the way into "Manage your request", checked by
 * lib/person/schemas.ts. Apart from the other forms' fields, so the sign-in
 * page's script holds only these.
 */
import type { Field } from "@/lib/referrals/form-fields";

/** The reference question, asked by both ways in (each form names its own field: their ids come from the names). */
const referenceField = (name: string): Field => ({
  kind: "text",
  name,
  label: "Your reference number",
  hint: "It starts RJ-, like RJ-7K4M-2Q9P",
  spellCheck: false,
  width: "10",
  maxLength: 20,
});

export const LINK_REQUEST_FIELDS: Field[] = [
  referenceField("reference"),
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
  referenceField("codeReference"),
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
