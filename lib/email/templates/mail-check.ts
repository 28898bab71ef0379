/**
 * A test message an administrator can send to check that email reaches the
 * provider (npm run mail:check). Deliberately dull: it says nothing about
 * what the service is, in case it lands somewhere unexpected.
 */
import { html } from "../html";
import type { RenderedEmail } from "./types";
import { emailLayout } from "./layout";

export type MailCheckParams = { requestedAt: string; appUrl: string };

export function renderMailCheck(params: MailCheckParams): RenderedEmail {
  const subject = "Test message from the referral service";
  const text = [
    "This is a test message.",
    "",
    `It was requested at ${params.requestedAt} to check that email from ${params.appUrl} is delivered.`,
    "You do not need to do anything.",
  ].join("\n");
  const body = html`<p>This is a test message.</p>
    <p>It was requested at ${params.requestedAt} to check that email from ${params.appUrl} is delivered.</p>
    <p>You do not need to do anything.</p>`;
  return { subject, text, html: emailLayout(subject, body) };
}
