"use client";

import type { ReactNode } from "react";
import { usePathname } from "next/navigation";
import { languageOf, type LanguageCode } from "@/lib/languages";

/**
 * The page's <html>, marked with its language and direction: English, or the
 * language of a page under /ar, /pl or /pt when that language is shown. The
 * root layout cannot see the page's address, so this reads it (rendered on
 * the server too: right without JavaScript). usePathname, as the navigation
 * links already use, so it adds no framework code to the page's scripts.
 */
export function HtmlInLanguage({ shown, children }: { shown: readonly LanguageCode[]; children: ReactNode }) {
  const language = languageOf(usePathname().split("/")[1]);
  const marked = language && shown.includes(language.code) ? language : undefined;
  return (
    <html lang={marked?.code ?? "en-GB"} dir={marked?.dir ?? "ltr"}>
      {children}
    </html>
  );
}
