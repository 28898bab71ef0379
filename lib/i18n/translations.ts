/**
 * The translated texts, one file a language, each with its review state, and
 * a translator for one language: use-intl's createTranslator (the core of
 * next-intl, without its routing, which this service does not need). ICU
 * messages, so a number or a link goes into a sentence where each language
 * needs it.
 */
import { createTranslator } from "use-intl/core";
import en from "./translations/en.json";
import ar from "./translations/ar.json";
import pl from "./translations/pl.json";
import pt from "./translations/pt.json";
import type { LanguageCode } from "@/lib/languages";

export type Messages = typeof en;

/** English is the source every translation is made from (and checked against: tests/unit/translations.test.ts). */
export const SOURCE: Messages = en;

export const TRANSLATIONS: Record<LanguageCode, Messages> = { ar, pl, pt };

/** "source", "draft" (not yet reviewed) or "reviewed", with who did it and when. */
export type Review = Messages["review"];

export function translatorFor(code: LanguageCode) {
  return createTranslator({ locale: code, messages: TRANSLATIONS[code] });
}

export type Translator = ReturnType<typeof translatorFor>;
