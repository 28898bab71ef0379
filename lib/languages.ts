/**
 * The languages the key pages and the short request are offered in besides
 * English (issue 23): the most spoken in Liverpool after English (Census
 * 2021). Each is named in itself. A language is shown only when the LANGUAGES
 * setting lists it (lib/env.ts), because a wrong word here can hurt someone:
 * the README says which translations were reviewed, and by whom.
 */
export const LANGUAGES = [
  { code: "ar", name: "العربية", english: "Arabic", dir: "rtl" },
  { code: "pl", name: "Polski", english: "Polish", dir: "ltr" },
  { code: "pt", name: "Português", english: "Portuguese", dir: "ltr" },
] as const;

export type Language = (typeof LANGUAGES)[number];
export type LanguageCode = Language["code"];

export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as [LanguageCode, ...LanguageCode[]];

export function languageOf(code: string | undefined): Language | undefined {
  return LANGUAGES.find((l) => l.code === code);
}

/** Where a language's pages are: /pl, /pl/is-it-right-for-me… */
export const LANGUAGE_PAGES = ["", "is-it-right-for-me", "how-to-ask", "get-help-now"] as const;
export type LanguagePage = (typeof LANGUAGE_PAGES)[number];

export function languagePath(code: LanguageCode, page: LanguagePage | "sent" = ""): string {
  return page ? `/${code}/${page}` : `/${code}`;
}
