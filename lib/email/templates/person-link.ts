/**
 * The link back to "Manage your request", to the address the person gave.
 * Discreet, like every email to them: the subject and words say nothing of a
 * crime, an offender or restorative justice, and nothing they told us.
 */
import { html } from "../html";
import type { RenderedEmail } from "./types";
import { emailLayout } from "./layout";

export type PersonLinkParams = { link: string; minutes: number };

export function renderPersonLink(params: PersonLinkParams): RenderedEmail {
  const subject = "Your link";
  const text = [
    "You asked for a link to see and change your request.",
    `Open it within ${params.minutes} minutes. It works once:`,
    params.link,
    "",
    "If you did not ask for this, you can ignore this email: nothing has changed.",
  ].join("\n");
  const body = html`<p>You asked for a link to see and change your request.</p>
    <p>Open it within ${params.minutes} minutes. It works once:</p>
    <p><a href="${params.link}">${params.link}</a></p>
    <p>If you did not ask for this, you can ignore this email: nothing has changed.</p>`;
  return { subject, text, html: emailLayout(subject, body) };
}
