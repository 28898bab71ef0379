import "server-only";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { languageOf, type Language } from "@/lib/languages";
import { translatorFor, type Translator } from "./translations";

/** The language of a page under /ar, /pl or /pt, with its translator; page not found unless LANGUAGES lists it. */
export function shownLanguage(code: string): { language: Language; t: Translator } {
  const language = languageOf(code);
  if (!language || !env().languages.includes(language.code)) notFound();
  return { language, t: translatorFor(language.code) };
}

/** A page's title in its language: "Czy to jest dla mnie? – Sprawiedliwość naprawcza w Merseyside". */
export function titleIn(t: Translator, title: string, withErrors = false): { absolute: string } {
  return { absolute: `${withErrors ? `${t("form.error")}: ` : ""}${title} – ${t("frame.service")}` };
}
