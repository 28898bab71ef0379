/**
 * The quiet reminders to staff: the morning digest, a case assigned to them,
 * a pause ending, a missed first-contact promise. Counts, references and
 * links only: never an answer, a name or a word about the crime, because a
 * staff inbox can be read on a phone in a public place or forwarded.
 */
import { html } from "../html";
import { emailLayout } from "./layout";
import type { RenderedEmail } from "./types";

function simple(subject: string, lines: string[], link: { url: string; words: string }): RenderedEmail {
  const text = [...lines, `${link.words}: ${link.url}`].join("\n");
  const body = html`${lines.map((line) => html`<p>${line}</p>`)}
    <p><a href="${link.url}">${link.words}</a></p>`;
  return { subject, text, html: emailLayout(subject, body) };
}

export type DigestParams = {
  /** "Monday 7 December 2026" */
  dayWords: string;
  mine: { dueToday: string[]; overdue: string[]; firstContactOverdue: string[] };
  team: { unassigned: number; changedByPerson: number };
  workspaceUrl: string;
};

export function renderStaffDigest(params: DigestParams): RenderedEmail {
  const subject = `Your cases today, ${params.dayWords}`;
  const line = (label: string, references: string[]) =>
    `${label}: ${references.length}${references.length ? ` (${references.join(", ")})` : ""}`;
  const lines = [
    line("Next steps due today", params.mine.dueToday),
    line("Next steps overdue", params.mine.overdue),
    line("First contact overdue", params.mine.firstContactOverdue),
    `Waiting to be assigned: ${params.team.unassigned}`,
    `Changed by the person, not yet seen: ${params.team.changedByPerson}`,
  ];
  return simple(subject, lines, { url: params.workspaceUrl, words: "Open the staff workspace" });
}

export function renderAssignmentNotice(params: { reference: string; referralUrl: string; by: string }): RenderedEmail {
  return simple(
    `Request ${params.reference} has been assigned to you`,
    [`${params.by} assigned request ${params.reference} to you.`],
    {
      url: params.referralUrl,
      words: "Open it in the staff workspace",
    },
  );
}

export function renderPauseEndedNotice(params: { reference: string; referralUrl: string }): RenderedEmail {
  return simple(
    `Request ${params.reference} can be contacted again from today`,
    [
      `The pause the person asked for on request ${params.reference} has ended: they can be contacted again from today, in the ways they chose.`,
    ],
    { url: params.referralUrl, words: "Open it in the staff workspace" },
  );
}

export function renderFirstContactEscalation(params: {
  reference: string;
  referralUrl: string;
  workingDaysLate: number;
  assigned: boolean;
}): RenderedEmail {
  const days = `${params.workingDaysLate} working ${params.workingDaysLate === 1 ? "day" : "days"}`;
  return simple(
    `First contact promise missed: request ${params.reference}`,
    [
      `The first contact promised on request ${params.reference} is ${days} late.`,
      params.assigned ? "It is assigned to a member of staff." : "Nobody is assigned to it.",
    ],
    { url: params.referralUrl, words: "Open it in the staff workspace" },
  );
}
