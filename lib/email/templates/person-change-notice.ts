/**
 * To the member of staff a referral is assigned to (or the provider's inbox):
 * the person changed their request online. A reference and a link only:
 * never the new details, which are read in the workspace.
 */
import { html } from "../html";
import type { RenderedEmail } from "./types";
import { emailLayout } from "./layout";

/** Which change, said in the subject (without crime words, without the details). */
export const PERSON_CHANGES = ["details-changed", "paused", "resumed", "withdrawn"] as const;
export type PersonChange = (typeof PERSON_CHANGES)[number];

const CHANGE_WORDS: Record<PersonChange, string> = {
  "details-changed": "contact details changed by the person",
  paused: "paused by the person",
  resumed: "resumed by the person",
  withdrawn: "withdrawn by the person",
};

export type PersonChangeNoticeParams = { reference: string; referralUrl: string; change?: PersonChange };

export function renderPersonChangeNotice(params: PersonChangeNoticeParams): RenderedEmail {
  const subject = params.change
    ? `Request ${params.reference}: ${CHANGE_WORDS[params.change]}`
    : `Request ${params.reference} has been updated`;
  const text = [
    `The person who sent request ${params.reference} has changed it online.`,
    `Open it in the staff workspace to see what changed: ${params.referralUrl}`,
  ].join("\n");
  const body = html`<p>The person who sent request ${params.reference} has changed it online.</p>
    <p><a href="${params.referralUrl}">Open it in the staff workspace to see what changed</a></p>`;
  return { subject, text, html: emailLayout(subject, body) };
}
