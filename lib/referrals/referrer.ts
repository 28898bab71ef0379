/**
 * Asking on someone's behalf (issue 23): who is asking, and the person's
 * agreement. The questions, their options and the shared zod schema (the
 * browser checks with it, the server action and the send check again).
 *
 * These answers are kept apart from the person's own: in the draft beside the
 * steps, and on sending in the `referrers` table, never in the referral's
 * answers. Nothing here is ever shown on the person's own pages.
 */
import { z } from "zod";
import type { Field } from "./form-fields";
import { values, YES_NO, type Option } from "./options";
import {
  choice,
  EVEN_WITH_OTHER_ERRORS,
  isPhoneNumber,
  optionalText,
  requiredText,
  requireWhen,
  textOf,
  ticked,
} from "@/lib/forms/schema-helpers";
import { isRealDay, ukDay } from "@/lib/dates";

export const FOR_SOMEONE_ELSE_PATH = "/ask/for-someone-else";

export const REFERRER_ROLES = [
  { value: "police", label: "Police" },
  { value: "victimSupport", label: "Victim support service" },
  { value: "domesticAbuse", label: "Domestic abuse service" },
  { value: "probationPrison", label: "Probation or prison" },
  { value: "health", label: "Health service" },
  { value: "otherProfessional", label: "Another professional" },
  { value: "familyFriend", label: "A family member or friend" },
] as const satisfies readonly Option[];

export type ReferrerRole = (typeof REFERRER_ROLES)[number]["value"];

/** Who asked, for the figures: the person themselves, or a referrer's role. */
export const ASKED_BY = [{ value: "self", label: "The person themselves" }, ...REFERRER_ROLES] as const;

export const AGREED_HOW = [
  { value: "inPerson", label: "In person" },
  { value: "phone", label: "By phone" },
  { value: "writing", label: "In writing (letter, email or text message)" },
  { value: "other", label: "Another way" },
] as const satisfies readonly Option[];

export const REFERRER_MESSAGES = {
  role: "Select who you are",
  name: { required: "Enter your name", tooLong: "Your name must be 100 characters or fewer" },
  organisation: {
    required: "Enter the organisation you work for",
    tooLong: "Organisation must be 100 characters or fewer",
  },
  email: "Enter your email address in the correct format, like name@example.org",
  phone: "Enter a phone number, like 0151 496 0000 or 07700 900 982",
  emailOrPhone: "Enter an email address or a phone number, so that the provider can reach you if they need to",
  agreed:
    "You can only ask for someone who knows about this request and agreed to be contacted. Ask them first, or they can ask for themselves",
  agreedHow: "Select how they agreed",
  agreedOn: {
    required: "Enter the date they agreed",
    invalid: "Enter the date they agreed as a real date",
    future: "The date they agreed must be today or in the past",
  },
  mayContactReferrer: "Select whether they asked for the provider to talk to you about it too",
  consent: "Select that you agree, if you want to continue",
  sameEmail:
    "This is the email address you gave as yours. Enter the person’s own email address, or choose another safe way to contact them",
} as const;

export const REFERRER_FIELDS: Field[] = [
  { kind: "radios", name: "role", label: "Who are you?", summaryLabel: "Asked by", options: REFERRER_ROLES },
  { kind: "text", name: "name", label: "Your name", autocomplete: "name", spellCheck: false, maxLength: 100 },
  {
    kind: "text",
    name: "organisation",
    label: "Your organisation",
    optional: true,
    hint: "Leave this blank if you are a family member or friend",
    autocomplete: "organization",
    maxLength: 100,
  },
  {
    kind: "text",
    name: "email",
    label: "Your work email address",
    optional: true,
    summaryLabel: "Your email address",
    hint: "We send the reference number here. Give an email address or a phone number, or both",
    type: "email",
    autocomplete: "work email",
    spellCheck: false,
    maxLength: 254,
  },
  {
    kind: "text",
    name: "phone",
    label: "Your work phone number",
    optional: true,
    summaryLabel: "Your phone number",
    type: "tel",
    autocomplete: "work tel",
    width: "20",
    maxLength: 20,
  },
  {
    kind: "checkbox",
    name: "agreed",
    label: "Their agreement",
    checkboxLabel:
      "They know about this request, and they agreed that Restorative Solutions may contact them about restorative justice",
  },
  { kind: "radios", name: "agreedHow", label: "How did they agree?", options: AGREED_HOW },
  { kind: "text", name: "agreedOn", label: "When did they agree?", type: "date", width: "10", maxLength: 10 },
  {
    kind: "radios",
    name: "mayContactReferrer",
    label: "Did they ask for Restorative Solutions to talk to you about it too?",
    summaryLabel: "The provider may talk to you about it",
    hint: "If not, the provider talks only to them, in the way they chose",
    options: YES_NO,
    inline: true,
  },
  {
    kind: "checkbox",
    name: "consent",
    label: "Sharing these answers",
    checkboxLabel:
      "I agree to share these answers with Restorative Solutions, so that a facilitator can contact the person about restorative justice",
  },
];

const M = REFERRER_MESSAGES;
const PROFESSIONAL = new Set<string>(REFERRER_ROLES.map((r) => r.value).filter((r) => r !== "familyFriend"));
/** `today` (a UK day, YYYY-MM-DD) is read on every parse, so a page left open overnight still checks the right day. */
export function referrerSchemaFor(today: () => string) {
  return z
    .object({
      role: choice(values(REFERRER_ROLES), M.role),
      name: requiredText(100, M.name),
      organisation: optionalText(100, M.organisation.tooLong),
      email: optionalText(254, M.email),
      phone: optionalText(20, M.phone),
      agreed: ticked.refine((value) => value, M.agreed),
      agreedHow: choice(values(AGREED_HOW), M.agreedHow),
      agreedOn: requiredText(10, { required: M.agreedOn.required, tooLong: M.agreedOn.invalid }),
      mayContactReferrer: choice(values(YES_NO), M.mayContactReferrer),
      consent: ticked.refine((value) => value, M.consent),
    })
    .superRefine((answers, ctx) => {
      const email = textOf(answers.email);
      const phone = textOf(answers.phone);
      if (PROFESSIONAL.has(String(answers.role)))
        requireWhen(ctx, textOf(answers.organisation), "organisation", M.organisation.required);
      if (!email && !phone) ctx.addIssue({ code: "custom", path: ["email"], message: M.emailOrPhone });
      if (email && !z.email().safeParse(email).success)
        ctx.addIssue({ code: "custom", path: ["email"], message: M.email });
      if (phone && !isPhoneNumber(phone)) ctx.addIssue({ code: "custom", path: ["phone"], message: M.phone });
      const agreedOn = textOf(answers.agreedOn);
      if (agreedOn) {
        if (!isRealDay(agreedOn.trim()))
          ctx.addIssue({ code: "custom", path: ["agreedOn"], message: M.agreedOn.invalid });
        else if (agreedOn.trim() > today())
          ctx.addIssue({ code: "custom", path: ["agreedOn"], message: M.agreedOn.future });
      }
    }, EVEN_WITH_OTHER_ERRORS)
    .transform((answers) => ({
      ...answers,
      agreedOn: answers.agreedOn.trim(),
      // A family member or friend has no organisation to give.
      organisation: answers.role === "familyFriend" ? undefined : answers.organisation,
      email: answers.email?.toLowerCase(),
    }));
}

export const referrerSchema = referrerSchemaFor(() => ukDay(new Date()));

export type ReferrerAnswers = z.output<typeof referrerSchema>;

/** A professional should not give their own address as the person's: the person's safe way would reach them. */
export function sameEmail(referrer: { email?: string } | undefined, personEmail: unknown): boolean {
  return (
    Boolean(referrer?.email) &&
    typeof personEmail === "string" &&
    personEmail.trim().toLowerCase() === referrer!.email!.trim().toLowerCase()
  );
}
