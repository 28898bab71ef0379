import type { Metadata } from "next";
import { SubPageHead } from "@/components/staff/sub-page-head";
import { TableScroll } from "@/components/table-scroll";
import { BookSessionForm } from "@/components/restorative/session-forms";
import { clientAddress, requireStaffPage } from "@/lib/auth/staff-session";
import { ukDay } from "@/lib/dates";
import { getDatabase } from "@/lib/db";
import { listSessions } from "@/lib/restorative/sessions";
import { howWords, outcomeWords, sessionTypeWords, whenWords } from "@/lib/restorative/session-words";
import { bookSessionAction } from "./actions";
import { openOrRefuse } from "../need-to-know";

export const metadata: Metadata = { title: "Sessions" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE: Record<string, string> = {
  booked: "The session is booked. The case’s next step now follows the sessions.",
  recorded: "What happened is saved.",
};

/** The case's sessions and booking a new one: for the case's facilitator and administrators only (403 otherwise). */
export default async function SessionsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const staff = await requireStaffPage(`/staff/referrals/${id}/sessions`, "restorative.read");
  const prisma = (await getDatabase()).prisma;
  const listed = await openOrRefuse(async () => listSessions(prisma, staff, id, await clientAddress()));
  const { referral, sessions } = listed;
  const done = DONE[String((await searchParams).done)];
  const today = ukDay(new Date());
  return (
    <>
      <SubPageHead
        role={staff.role}
        back={{ href: `/staff/referrals/${referral.id}`, text: `Referral ${referral.reference}` }}
        title="Sessions"
        done={done}
      />
      <p>
        For referral {referral.reference}: assessment, preparation, the meeting or exchange, and follow-up. Only{" "}
        {referral.assignedTo ? referral.assignedTo.name : "the facilitator assigned"} and administrators may open them.
      </p>
      {sessions.length ? (
        <TableScroll label="Sessions">
          <table className="table">
            <caption className="visually-hidden">Sessions, earliest first</caption>
            <thead>
              <tr>
                <th scope="col">When (UK time)</th>
                <th scope="col">Session</th>
                <th scope="col">How</th>
                <th scope="col">What happened</th>
                <th scope="col">Calendar</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id}>
                  <td>
                    {whenWords(session)}
                    {ukDay(session.startsAt) === today ? (
                      <>
                        {" "}
                        <strong className="tag">Today</strong>
                      </>
                    ) : null}
                  </td>
                  <td>
                    <a href={`/staff/referrals/${referral.id}/sessions/${session.id}`}>
                      {sessionTypeWords(session.type)}
                    </a>
                  </td>
                  <td>{howWords(session)}</td>
                  <td>{outcomeWords(session)}</td>
                  <td>
                    <a href={`/staff/referrals/${referral.id}/sessions/${session.id}/calendar`} download>
                      Add to calendar (.ics)
                      <span className="visually-hidden">
                        {" "}
                        for the {sessionTypeWords(session.type).toLowerCase()} on {whenWords(session)}
                      </span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p>No sessions yet.</p>
      )}
      <h2>Book a session</h2>
      {referral.withdrawnAt ? (
        <p>The person withdrew their request: nothing more can be arranged.</p>
      ) : (
        <BookSessionForm action={bookSessionAction.bind(null, referral.id)} today={today} />
      )}
    </>
  );
}
