"use client";

import { PublicPageFrame } from "@/components/public-page-frame";
import { ServerErrorMessage } from "@/components/server-error-message";
import "./globals.css";

/** Shown when even the root layout fails: it has to bring its own <html>. */
export default function GlobalError() {
  return (
    <html lang="en-GB">
      <head>
        <title>Sorry, there is a problem with the service</title>
      </head>
      <body>
        <PublicPageFrame>
          <ServerErrorMessage />
        </PublicPageFrame>
      </body>
    </html>
  );
}
