import { html, type SafeHtml } from "../html";

/** The plain HTML frame every email shares: no images, no tracking, no links to third parties. */
export function emailLayout(title: string, body: SafeHtml): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width" />
        <title>${title}</title>
      </head>
      <body
        style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c; max-width: 40em; margin: 0 auto; padding: 16px;"
      >
        ${body}
      </body>
    </html>`.value;
}
