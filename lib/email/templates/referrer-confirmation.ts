/**
 * The email to someone who asked on a person's behalf: the reference and what
 * happens next, and nothing else. It never names the person, what happened or
 * how the request goes (the person's request is theirs), and it may be read
 * on a shared work inbox, so it is as discreet as the person's own.
 */
import { html } from "../html";
import { emailLayout } from "./layout";
import type { RenderedEmail } from "./types";

export type ReferrerConfirmationParams = { reference: string };

export function renderReferrerConfirmation(params: ReferrerConfirmationParams): RenderedEmail {
  const subject = `Request received: ${params.reference}`;
  const received = "Thank you. We have received the request you sent for someone else.";
  const next =
    "A facilitator will contact them in the ways they chose. To keep their request private, we will not tell you how it goes, unless they asked us to talk to you about it.";
  const quote = "If you need to tell us something about the request, quote the reference number.";
  const text = [received, `Its reference number is ${params.reference}.`, next, quote].join("\n\n");
  const body = html`<p>${received}</p>
    <p>Its reference number is <strong>${params.reference}</strong>.</p>
    <p>${next}</p>
    <p>${quote}</p>`;
  return { subject, text, html: emailLayout(subject, body) };
}
