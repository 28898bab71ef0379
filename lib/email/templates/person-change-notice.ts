/**
 * To the member of staff a referral is assigned to (or the provider's inbox):
 * the person changed their request online. A reference and a link only:
 * never the new details, which are read in the workspace.
 */
import { html } from "../html";
import type { RenderedEmail } from "./types";
import { emailLayout } from "./layout";

export type PersonChangeNoticeParams = { reference: string; referralUrl: string };

export function renderPersonChangeNotice(params: PersonChangeNoticeParams): RenderedEmail {
  const subject = `Request ${params.reference} has been updated`;
  const text = [
    `The person who sent request ${params.reference} has changed it online.`,
    `Open it in the staff workspace to see what changed: ${params.referralUrl}`,
  ].join("\n");
  const body = html`<p>The person who sent request ${params.reference} has changed it online.</p>
<p><a href="${params.referralUrl}">Open it in the staff workspace to see what changed</a></p>`;
  return { subject, text, html: emailLayout(subject, body) };
}
