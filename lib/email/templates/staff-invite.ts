/**
 * The invitation a new member of staff receives: a one-time link to set their
 * password. Neutral subject and wording, like every email the service sends.
 */
import { html } from "../html";
import type { RenderedEmail } from "./types";
import { emailLayout } from "./layout";

export type StaffInviteParams = { name: string; link: string; hours: number };

export function renderStaffInvite(params: StaffInviteParams): RenderedEmail {
  const subject = "Set up your account for the referral service";
  const text = [
    `Hello ${params.name},`,
    "",
    "An administrator has made you an account in the staff workspace of the referral service.",
    `To choose your password, open this link within ${params.hours} hours. It works once:`,
    params.link,
    "",
    "If you were not expecting this, you can ignore this email.",
  ].join("\n");
  const body = html`<p>Hello ${params.name},</p>
    <p>An administrator has made you an account in the staff workspace of the referral service.</p>
    <p>To choose your password, open this link within ${params.hours} hours. It works once:</p>
    <p><a href="${params.link}">${params.link}</a></p>
    <p>If you were not expecting this, you can ignore this email.</p>`;
  return { subject, text, html: emailLayout(subject, body) };
}
