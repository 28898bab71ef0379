/**
 * The one email asking how it went after a case closed, and its one reminder,
 * to the address the person gave and said is safe. Discreet like every email to
 * them: a neutral subject, nothing of a crime, an offender or restorative
 * justice, nothing they told us and no answers.
 */
import { html } from "../html";
import type { RenderedEmail } from "./types";
import { emailLayout } from "./layout";

/** `asked`: a new link the person asked for, their first one having expired. */
export type SurveyInvitationParams = { link: string; days: number; reminder: boolean; asked?: boolean };

export function renderSurveyInvitation(params: SurveyInvitationParams): RenderedEmail {
  const subject = params.reminder ? "A reminder: a few questions" : "A few questions";
  const lines = [
    params.asked
      ? "You asked for a new link to answer a few questions about how it went."
      : params.reminder
        ? "A few weeks ago we asked if you would answer a few questions. We will not ask again."
        : "You were in touch with us recently. Would you answer a few questions about how it went? It takes about 3 minutes.",
    "Your answers help us improve. They are not kept with your name.",
    `The link works once, for ${params.days} days:`,
  ];
  const after = "If you would rather not, you can say so on the page, or ignore this email.";
  const text = [...lines, params.link, "", after].join("\n");
  const body = html`${lines.map((line) => html`<p>${line}</p>`)}
    <p><a href="${params.link}">${params.link}</a></p>
    <p>${after}</p>`;
  return { subject, text, html: emailLayout(subject, body) };
}
