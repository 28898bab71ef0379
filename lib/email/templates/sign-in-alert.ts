/**
 * Told to a member of staff when their account sees repeated failed sign-ins.
 * No address or place: only what they can act on. Neutral, like every email
 * the service sends.
 */
import { html } from "../html";
import type { RenderedEmail } from "./types";
import { emailLayout } from "./layout";

export type SignInAlertParams = { name: string; failures: number; minutes: number; signInUrl: string };

export function renderSignInAlert(params: SignInAlertParams): RenderedEmail {
  const subject = "Failed sign-ins to your account on the referral service";
  const lines: [string, string, string, string] = [
    `Hello ${params.name},`,
    `Someone has tried and failed to sign in to your account ${params.failures} times in the last ${params.minutes} minutes.`,
    "If it was you, you do not need to do anything. Your account is not locked: you can still sign in as usual.",
    "If it was not you, tell an administrator. Your two-factor code still protects your account, but they may ask you to choose a new password.",
  ];
  const text = [...lines.flatMap((line) => [line, ""]), `Sign in: ${params.signInUrl}`].join("\n");
  const body = html`<p>${lines[0]}</p>
    <p>${lines[1]}</p>
    <p>${lines[2]}</p>
    <p>${lines[3]}</p>
    <p><a href="${params.signInUrl}">Sign in</a></p>`;
  return { subject, text, html: emailLayout(subject, body) };
}
