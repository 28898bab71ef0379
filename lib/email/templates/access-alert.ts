/**
 * To the provider's inbox: someone reached a ceiling on the way back in to a
 * request (many wrong private codes, or the most link emails in a day). The
 * person is not locked out; this says so, and what to check. A reference only.
 */
import { html } from "../html";
import type { RenderedEmail } from "./types";
import { emailLayout } from "./layout";

export type AccessAlertParams = { reference: string; what: "codes" | "links" };

export function renderAccessAlert(params: AccessAlertParams): RenderedEmail {
  const subject = `Request ${params.reference}: unusual attempts to open it`;
  const lines =
    params.what === "codes"
      ? [
          `Many wrong private codes have been tried today for request ${params.reference}, from more than one place.`,
          "The person has not been locked out: their right code still works from wherever they are.",
        ]
      : [
          `The most emails with a link to manage request ${params.reference} have been sent today; no more will be sent until tomorrow.`,
          "Someone may be asking for links to fill the person's inbox. Links already sent still work.",
        ];
  const text = [...lines, "If you are in touch with the person, you may want to let them know."].join("\n");
  const body = html`${lines.map((line) => html`<p>${line}</p>`)}
    <p>If you are in touch with the person, you may want to let them know.</p>`;
  return { subject, text, html: emailLayout(subject, body) };
}
