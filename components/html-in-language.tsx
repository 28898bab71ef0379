"use client";

import type { ReactNode } from "react";
import { useSelectedLayoutSegments } from "next/navigation";
import { languageOf, type LanguageCode } from "@/lib/languages";

/**
 * The page's <html>, marked with its language and direction: English, or the
 * language of a page under /ar, /pl or /pt when that language is shown. The
 * root layout cannot see the page's address, so this reads the route's
 * segments (rendered on the server too: right without JavaScript).
 */
export function HtmlInLanguage({ shown, children }: { shown: readonly LanguageCode[]; children: ReactNode }) {
  const segments = useSelectedLayoutSegments();
  const language = segments[0] === "(languages)" ? languageOf(segments[1]) : undefined;
  const marked = language && shown.includes(language.code) ? language : undefined;
  return (
    <html lang={marked?.code ?? "en-GB"} dir={marked?.dir ?? "ltr"}>
      {children}
    </html>
  );
}
