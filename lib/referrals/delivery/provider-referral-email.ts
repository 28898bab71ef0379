/**
 * The email that tells the provider about a new referral: every answer, in
 * plain text and in HTML (escaped), with how to contact the victim safely
 * first. The subject carries only the reference.
 */
import { summariseAnswers } from "@/lib/referrals/answers-summary";
import { askedInLine, SHORT_REQUEST_NOTE } from "@/lib/referrals/asked-in";
import {
  askedForByLine,
  contactRuleLine,
  referrerContactRows,
  type ReferrerDetails,
} from "@/lib/referrals/referrer-summary";
import type { ReferralAnswers } from "@/lib/referrals/schema";
import { html } from "@/lib/email/html";
import { emailLayout } from "@/lib/email/templates/layout";
import type { RenderedEmail } from "@/lib/email/templates/types";

export type ProviderReferralParams = {
  reference: string;
  receivedAt: string;
  sensitive: boolean;
  answers: ReferralAnswers;
  /** Where staff open this referral. */
  referralUrl: string;
  /** The language of a short request (contact with an interpreter), or null. */
  askedIn?: string | null;
  /** Who asked on the person's behalf, if someone did. */
  referrer?: ReferrerDetails | null;
};

const SENSITIVE =
  "Sensitive case (domestic abuse, sexual violence or hate crime): led by the victim. Take particular care.";

export function renderProviderReferral(params: ProviderReferralParams): RenderedEmail {
  const subject = `New request ${params.reference}`;
  // Safe-contact instructions come before anything else.
  const all = summariseAnswers(params.answers as never, "staff");
  const sections = [...all.filter((s) => s.step === "safe-contact"), ...all.filter((s) => s.step !== "safe-contact")];

  // Asked on someone's behalf: said at the top, with who to contact.
  const askedFor = [
    ...(params.askedIn ? [askedInLine(params.askedIn)!, SHORT_REQUEST_NOTE] : []),
    ...(params.referrer ? [askedForByLine(params.referrer), contactRuleLine(params.referrer)] : []),
  ];
  const referrerRows = params.referrer ? referrerContactRows(params.referrer) : [];

  const text = [
    `New request ${params.reference}`,
    `Received: ${params.receivedAt}`,
    ...askedFor,
    ...referrerRows.map((row) => `${row.question}: ${row.answer}`),
    ...(params.sensitive ? [SENSITIVE] : []),
    `Open it in the staff workspace: ${params.referralUrl}`,
    ...sections.flatMap((section) => [
      "",
      section.title.toUpperCase(),
      ...section.rows.map((row) => `${row.question}: ${row.answer.replaceAll("\n", "; ")}`),
    ]),
    "",
  ].join("\n");

  const body = html`<h1 style="font-size:24px;">New request ${params.reference}</h1>
    <p>Received ${params.receivedAt}.</p>
    ${askedFor.map((line) => html`<p><strong>${line}</strong></p>`)}
    ${
      referrerRows.length
        ? html`<p>${referrerRows.map((row) => html`${row.question}: ${row.answer}<br />`)}</p>`
        : html``
    }
    ${params.sensitive ? html`<p><strong>${SENSITIVE}</strong></p>` : html``}
    <p><a href="${params.referralUrl}">Open it in the staff workspace</a></p>
    ${sections.map(
      (section) =>
        html`<h2 style="font-size:20px;">${section.title}</h2>
          <table style="border-collapse:collapse;">
            ${section.rows.map(
              (row) =>
                html`<tr>
                  <th scope="row" style="text-align:left;vertical-align:top;padding:4px 12px 4px 0;">
                    ${row.question}
                  </th>
                  <td style="padding:4px 0;white-space:pre-wrap;">${row.answer}</td>
                </tr>`,
            )}
          </table>`,
    )}`;

  return { subject, text, html: emailLayout(subject, body) };
}
