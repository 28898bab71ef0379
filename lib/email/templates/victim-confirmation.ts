/**
 * The victim's optional confirmation. Someone else may see it, so it is
 * discreet: no "crime", "offender" or "restorative" in the subject or sender,
 * no answers, nothing about what happened; just the reference and what next.
 */
import { html } from "../html";
import { emailLayout } from "./layout";
import type { RenderedEmail } from "./types";

/** `askedForYou`: someone asked on the person's behalf, with their agreement. */
export type VictimConfirmationParams = { reference: string; firstContactWorkingDays: number; askedForYou?: boolean };

export function renderVictimConfirmation(params: VictimConfirmationParams): RenderedEmail {
  const subject = `Your reference ${params.reference}`;
  const days = `${params.firstContactWorkingDays} working ${params.firstContactWorkingDays === 1 ? "day" : "days"}`;
  const received = params.askedForYou
    ? "We have received the request that was sent for you, with your agreement."
    : "Thank you. We have received your request.";
  const text = [
    received,
    "",
    `Your reference number is ${params.reference}.`,
    "",
    `Someone will contact you within ${days}, in the way you asked us to.`,
    "If you change your mind, tell them when they contact you. You do not have to give a reason.",
    "",
    "If you are in danger, call 999.",
  ].join("\n");
  const body = html`<p>${received}</p>
    <p>Your reference number is <strong>${params.reference}</strong>.</p>
    <p>Someone will contact you within ${days}, in the way you asked us to.</p>
    <p>If you change your mind, tell them when they contact you. You do not have to give a reason.</p>
    <p>If you are in danger, call 999.</p>`;
  return { subject, text, html: emailLayout(subject, body) };
}
