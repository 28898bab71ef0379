import type { Metadata, Viewport } from "next";
import { PageNotFound } from "@/components/page-not-found";
import { PublicPageFrame } from "@/components/public-page-frame";
import { SERVICE_NAME } from "@/lib/content/site";
import { env } from "@/lib/env";
import "./globals.css";

// The provider's settings come from the running server, as on every page (app/layout.tsx).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: `Page not found – ${SERVICE_NAME}`,
  referrer: "same-origin",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d3557" };

/**
 * An address that matches no page at all. Drawn without the root layout, so it
 * is a whole document, in English, with the public frame (Exit this page, the
 * help numbers). Here rather than app/not-found.tsx, which Next.js sends with
 * every page of the site, unseen, and which held a whole page frame (issue 24).
 */
export default function GlobalNotFound() {
  return (
    <html lang="en-GB" dir="ltr">
      <body>
        <PublicPageFrame languages={env().languages}>
          <PageNotFound />
        </PublicPageFrame>
      </body>
    </html>
  );
}
