import { SummaryRows } from "@/components/summary-rows";
import type { Metadata } from "next";
import { SubPageHead } from "@/components/staff/sub-page-head";
import { RecordSessionForm } from "@/components/restorative/session-forms";
import { clientAddress, requireStaffPage } from "@/lib/auth/staff-session";
import { formatDate, ukDay } from "@/lib/dates";
import { getDatabase } from "@/lib/db";
import type { FormValues } from "@/lib/forms/form-state";
import { openSession } from "@/lib/restorative/sessions";
import { howWords, outcomeWords, peopleWords, sessionTypeWords, whenWords } from "@/lib/restorative/session-words";
import { recordSessionAction } from "../actions";
import { openOrRefuse } from "../../need-to-know";

export const metadata: Metadata = { title: "Session" };

type Props = { params: Promise<{ id: string; sessionId: string }> };

/** What the form shows for a session already recorded. */
function recordedValues(session: Awaited<ReturnType<typeof openSession>>["session"]): FormValues {
  if (session.happened === null) return {};
  const on = session.safeguardingOn;
  return {
    happened: session.happened ? "yes" : "no",
    attended: session.attended,
    notHappenedReason: session.notHappenedReason ?? "",
    summary: session.summary ?? "",
    concerns: session.concerns ?? "",
    safeguarding: session.safeguardingRaised ? "yes" : "no",
    safeguardingTo: session.safeguardingTo ?? "",
    safeguardingRef: session.safeguardingRef ?? "",
    ...(on
      ? {
          safeguardingOnDay: String(on.getUTCDate()),
          safeguardingOnMonth: String(on.getUTCMonth() + 1),
          safeguardingOnYear: String(on.getUTCFullYear()),
        }
      : {}),
  };
}

/** One session: its details, its calendar file, and what happened. */
export default async function SessionPage({ params }: Props) {
  const { id, sessionId } = await params;
  const staff = await requireStaffPage(`/staff/referrals/${id}/sessions/${sessionId}`, "restorative.read");
  const prisma = (await getDatabase()).prisma;
  const opened = await openOrRefuse(async () =>
    openSession(prisma, staff, { referralId: id, sessionId, ipAddress: await clientAddress() }),
  );
  const { referral, session } = opened;
  const rows: Array<[string, string]> = [
    ["When (UK time)", whenWords(session)],
    ["How", howWords(session)],
    ["Who is expected, besides the facilitator", peopleWords(session.attendees)],
    ["Interpreter", session.interpreter ?? "None needed"],
    ["What happened", outcomeWords(session)],
  ];
  if (session.happened) rows.push(["Who came", peopleWords(session.attended)]);
  if (session.safeguardingRaised)
    rows.push([
      "Safeguarding concern",
      `Raised with ${session.safeguardingTo} on ${session.safeguardingOn ? formatDate(new Date(`${session.safeguardingOn.toISOString().slice(0, 10)}T12:00:00Z`)) : ""}${session.safeguardingRef ? ` (their reference ${session.safeguardingRef})` : ""}`,
    ]);
  return (
    <>
      <SubPageHead
        role={staff.role}
        back={{ href: `/staff/referrals/${referral.id}/sessions`, text: `Sessions for referral ${referral.reference}` }}
        title={sessionTypeWords(session.type)}
      />
      <SummaryRows rows={rows} />
      {session.summary ? (
        <>
          <h2>Summary</h2>
          <p className="timeline__text">{session.summary}</p>
        </>
      ) : null}
      {session.concerns ? (
        <>
          <h2>Concerns</h2>
          <p className="timeline__text">{session.concerns}</p>
        </>
      ) : null}
      <p className="no-print">
        <a href={`/staff/referrals/${referral.id}/sessions/${session.id}/calendar`} download>
          Add this session to your calendar (.ics file)
        </a>
      </p>
      <h2>{session.happened === null ? "Record what happened" : "Change what was recorded"}</h2>
      <RecordSessionForm
        action={recordSessionAction.bind(null, referral.id, session.id)}
        initialValues={recordedValues(session)}
        version={session.version}
        today={ukDay(new Date())}
      />
    </>
  );
}
