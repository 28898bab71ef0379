import type { ReactNode } from "react";
import { ExitThisPage } from "./exit-this-page";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import type { LanguageCode } from "@/lib/languages";

/** Everything around a public page: skip link, Exit this page, header, footer. */
export function PublicPageFrame({
  children,
  languages,
}: {
  children: ReactNode;
  /** The languages shown besides English (env().languages), for the header's list. */
  languages?: readonly LanguageCode[];
}) {
  return (
    <>
      <a href="#main-content" className="skip-link">
        Skip to main content
      </a>
      <ExitThisPage />
      <SiteHeader languages={languages} />
      <div className="width-container">
        <main id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <SiteFooter />
    </>
  );
}
