/**
 * The short request in another language (issue 23): what to call the person,
 * whether they are 18 or over, their safe way to be contacted (phone or email,
 * safe times, may a message be left, may someone else answer), and consent.
 * The questions and messages come from the page's translation; the checks are
 * the journey's own (the same phone and email rules), in the browser and on
 * the server.
 */
import { z } from "zod";
import type { Field } from "./form-fields";
import {
  choice,
  choices,
  EVEN_WITH_OTHER_ERRORS,
  isPhoneNumber,
  listOf,
  optionalText,
  requiredText,
  requireWhen,
  textOf,
  ticked,
} from "@/lib/forms/schema-helpers";

/** Every message the short request can show, already in the page's language. */
export type ShortMessages = {
  name: string;
  nameLong: string;
  over18: string;
  under18: string;
  contact: string;
  phone: string;
  phoneInvalid: string;
  emailAddress: string;
  emailInvalid: string;
  safeTimesLong: string;
  messageSafe: string;
  someoneElse: string;
  consent: string;
};

/** The questions' words, in the page's language. */
export type ShortWords = Record<
  | "name"
  | "nameHint"
  | "over18"
  | "yes"
  | "no"
  | "notSure"
  | "contact"
  | "contactHint"
  | "phoneCall"
  | "email"
  | "phone"
  | "emailAddress"
  | "safeTimes"
  | "safeTimesHint"
  | "messageSafe"
  | "someoneElse"
  | "agreement"
  | "consent",
  string
>;

export function shortRequestFields(w: ShortWords): Field[] {
  const yesNoNotSure = [
    { value: "yes", label: w.yes },
    { value: "no", label: w.no },
    { value: "notSure", label: w.notSure },
  ];
  return [
    { kind: "text", name: "name", label: w.name, hint: w.nameHint, autocomplete: "given-name", maxLength: 100 },
    {
      kind: "radios",
      name: "over18",
      label: w.over18,
      inline: true,
      options: [
        { value: "yes", label: w.yes },
        { value: "no", label: w.no },
      ],
    },
    {
      kind: "checkboxes",
      name: "contactMethods",
      label: w.contact,
      hint: w.contactHint,
      options: [
        {
          value: "phone",
          label: w.phoneCall,
          reveals: [
            {
              kind: "text",
              name: "phoneNumber",
              label: w.phone,
              type: "tel",
              autocomplete: "tel",
              width: "20",
              maxLength: 20,
            },
          ],
        },
        {
          value: "email",
          label: w.email,
          reveals: [
            {
              kind: "text",
              name: "emailAddress",
              label: w.emailAddress,
              type: "email",
              autocomplete: "email",
              spellCheck: false,
              maxLength: 254,
            },
          ],
        },
      ],
    },
    // One line is enough for "weekdays after 6pm", and a phone shows it whole when it takes focus.
    { kind: "text", name: "safeTimes", label: w.safeTimes, hint: w.safeTimesHint, optional: true, maxLength: 200 },
    { kind: "radios", name: "messageSafe", label: w.messageSafe, options: yesNoNotSure },
    { kind: "radios", name: "someoneElse", label: w.someoneElse, options: yesNoNotSure },
    { kind: "checkbox", name: "consent", label: w.agreement, checkboxLabel: w.consent },
  ];
}

export function shortRequestSchema(m: ShortMessages) {
  return z
    .object({
      name: requiredText(100, { required: m.name, tooLong: m.nameLong }),
      over18: choice(["yes", "no"], m.over18).refine((value) => value === "yes", m.under18),
      contactMethods: choices(["phone", "email"], m.contact),
      phoneNumber: optionalText(20, m.phoneInvalid),
      emailAddress: optionalText(254, m.emailInvalid),
      safeTimes: optionalText(200, m.safeTimesLong),
      messageSafe: choice(["yes", "no", "notSure"], m.messageSafe),
      someoneElse: choice(["yes", "no", "notSure"], m.someoneElse),
      consent: ticked.refine((value) => value, m.consent),
    })
    .superRefine((answers, ctx) => {
      const chosen = new Set(listOf(answers.contactMethods));
      const phone = textOf(answers.phoneNumber);
      const email = textOf(answers.emailAddress);
      if (chosen.has("phone") && requireWhen(ctx, phone, "phoneNumber", m.phone) && !isPhoneNumber(phone!))
        ctx.addIssue({ code: "custom", path: ["phoneNumber"], message: m.phoneInvalid });
      if (chosen.has("email") && requireWhen(ctx, email, "emailAddress", m.emailAddress)) {
        if (!z.email().safeParse(email).success)
          ctx.addIssue({ code: "custom", path: ["emailAddress"], message: m.emailInvalid });
      }
    }, EVEN_WITH_OTHER_ERRORS)
    .transform((answers) => ({
      ...answers,
      // Least data: only the details of the ways chosen.
      phoneNumber: answers.contactMethods.includes("phone") ? answers.phoneNumber : undefined,
      emailAddress: answers.contactMethods.includes("email") ? answers.emailAddress : undefined,
    }));
}

export type ShortAnswers = z.output<ReturnType<typeof shortRequestSchema>>;
