import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SERVICE_NAME } from "@/lib/content/site";
import { HtmlInLanguage } from "@/components/html-in-language";
import { env } from "@/lib/env";
import "./globals.css";

// Every page is rendered on request: pages show settings (the provider's
// contact details) that must come from the running server, not the build.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: SERVICE_NAME, template: `%s – ${SERVICE_NAME}` },
  description: "Find out about restorative justice in Merseyside and ask for it, safely and in your own time.",
  referrer: "same-origin",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d3557" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <HtmlInLanguage shown={env().languages}>
      <head>
        {/* Without JavaScript every conditional question shows (see .conditional--hidden). */}
        <noscript>
          <style>{"html .conditional--hidden { display: block; }"}</style>
        </noscript>
      </head>
      <body>{children}</body>
    </HtmlInLanguage>
  );
}
