import type { Metadata } from "next";
import { PageNotFound } from "@/components/page-not-found";
import { PublicPageFrame } from "@/components/public-page-frame";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Page not found" };

/**
 * An address of one segment that is not a language shown (/no-such-page reaches the
 * language pages' layout, which finds no language and calls notFound()): that layout
 * is not drawn, so this page has its own frame, in English.
 */
export default function LanguageNotFound() {
  return (
    <PublicPageFrame languages={env().languages}>
      <PageNotFound />
    </PublicPageFrame>
  );
}
