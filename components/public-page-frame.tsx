import type { ReactNode } from "react";
import { ExitThisPage } from "./exit-this-page";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** Everything around a public page: skip link, Exit this page, header, footer. */
export function PublicPageFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main-content" className="skip-link">
        Skip to main content
      </a>
      <ExitThisPage />
      <SiteHeader />
      <div className="width-container">
        <main id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <SiteFooter />
    </>
  );
}
