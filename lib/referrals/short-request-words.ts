/** The short request's questions and messages in one language, from its translation. */
import { CHILDLINE } from "@/lib/content/help-contacts";
import { shortRequestFields, type ShortMessages, type ShortWords } from "./short-request";
import type { FormWords } from "@/lib/forms/form-words";
import type { Translator } from "@/lib/i18n/translations";

const WORDS: Array<keyof ShortWords> = [
  "name",
  "nameHint",
  "over18",
  "yes",
  "no",
  "notSure",
  "contact",
  "contactHint",
  "phoneCall",
  "email",
  "phone",
  "emailAddress",
  "safeTimes",
  "safeTimesHint",
  "messageSafe",
  "someoneElse",
  "agreement",
  "consent",
];

export function shortFormIn(t: Translator) {
  const words = Object.fromEntries(WORDS.map((key) => [key, t(`ask.${key}`)])) as ShortWords;
  const messages: ShortMessages = {
    name: t("ask.errors.name"),
    nameLong: t("ask.errors.nameLong"),
    over18: t("ask.errors.over18"),
    // The number from the checked list, never from a translation.
    under18: t("ask.errors.under18", { number: CHILDLINE.number! }),
    contact: t("ask.errors.contact"),
    phone: t("ask.errors.phone"),
    phoneInvalid: t("ask.errors.phoneInvalid"),
    emailAddress: t("ask.errors.emailAddress"),
    emailInvalid: t("ask.errors.emailInvalid"),
    safeTimesLong: t("ask.errors.safeTimesLong"),
    messageSafe: t("ask.errors.messageSafe"),
    someoneElse: t("ask.errors.someoneElse"),
    consent: t("ask.errors.consent"),
  };
  const formWords: FormWords = { optional: t("form.optional"), error: t("form.error"), problem: t("form.problem") };
  return { fields: shortRequestFields(words), messages, formWords, submitLabel: t("ask.send") };
}
