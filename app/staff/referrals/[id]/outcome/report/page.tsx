import { SummaryRows } from "@/components/summary-rows";
import type { Metadata } from "next";
import { SubPageHead } from "@/components/staff/sub-page-head";
import { clientAddress, requireStaffPage } from "@/lib/auth/staff-session";
import { formatDate } from "@/lib/dates";
import { getDatabase } from "@/lib/db";
import { ALL_CLOSURE_REASONS, STATUS_LABELS } from "@/lib/referrals/status-rules";
import { openOutcome } from "@/lib/restorative/outcome";
import {
  dayWords,
  deliveredWords,
  itemStatusWords,
  ownerWords,
  stageWords,
  whyNotWords,
  wishesWords,
} from "@/lib/restorative/outcome-words";
import { outcomeWords, peopleWords, sessionTypeWords, whenWords } from "@/lib/restorative/session-words";
import { openOrRefuse } from "../../need-to-know";

export const metadata: Metadata = { title: "End-of-case report" };

type Props = { params: Promise<{ id: string }> };

/**
 * The end-of-case report, to print: what was done and delivered, by the
 * reference alone. No names, no summaries, nothing said in a session: it is
 * the record of the work, for the provider's files and the commissioner.
 */
export default async function EndOfCaseReportPage({ params }: Props) {
  const { id } = await params;
  const staff = await requireStaffPage(`/staff/referrals/${id}/outcome/report`, "restorative.read");
  const prisma = (await getDatabase()).prisma;
  const opened = await openOrRefuse(async () => openOutcome(prisma, staff, id, await clientAddress()));
  const { referral, outcome, items, sessions } = opened;
  const closure = ALL_CLOSURE_REASONS.find((r) => r.value === referral.closureReason)?.label;
  const rows: Array<[string, string]> = [
    ["Referral", referral.reference],
    ["Received", formatDate(referral.createdAt)],
    ["Status", closure ? `${STATUS_LABELS[referral.status]}: ${closure}` : STATUS_LABELS[referral.status]],
    ["Closed", referral.closedAt ? formatDate(referral.closedAt) : "Not yet"],
    ["Facilitator", referral.assignedTo?.name ?? "Nobody assigned"],
    ["Delivered", outcome ? deliveredWords(outcome.delivered) : "Not recorded yet"],
  ];
  if (outcome?.delivered === "NONE")
    rows.push(["How far it got", stageWords(outcome.stageReached)], ["Why not", whyNotWords(outcome.whyNot)]);
  else if (outcome)
    rows.push(["When", dayWords(outcome.deliveredOn)], ["Who took part", peopleWords(outcome.tookPart)]);
  if (outcome) rows.push(["The victim’s wishes met", wishesWords(outcome.wishesMet)]);
  return (
    <>
      <SubPageHead
        role={staff.role}
        back={{ href: `/staff/referrals/${referral.id}/outcome`, text: "Outcome and agreement" }}
        title={`End-of-case report: ${referral.reference}`}
      />
      <p className="no-print secondary">
        To print it, use your browser’s Print command. It holds no names and nothing said in a session.
      </p>
      <SummaryRows rows={rows} />
      <h2>Sessions</h2>
      {sessions.length ? (
        <ol className="timeline">
          {sessions.map((s) => (
            <li key={s.id}>
              <strong>{sessionTypeWords(s.type)}</strong>, {whenWords(s)}: {outcomeWords(s)}
              {s.safeguardingRaised ? ". A safeguarding concern was raised" : ""}
            </li>
          ))}
        </ol>
      ) : (
        <p>No sessions.</p>
      )}
      <h2>The agreement</h2>
      {items.length ? (
        <ol className="timeline">
          {items.map((item) => (
            <li key={item.id}>
              <span className="timeline__text">{item.what}</span> ({ownerWords(item.owner)}, by {dayWords(item.dueOn)}):{" "}
              {itemStatusWords(item)}
            </li>
          ))}
        </ol>
      ) : (
        <p>Nothing was agreed.</p>
      )}
    </>
  );
}
