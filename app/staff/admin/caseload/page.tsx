import type { Metadata } from "next";
import { AdminNav, Notice } from "@/components/admin/admin-nav";
import { countOf } from "@/lib/plural";
import { sendRemindersNowAction } from "./actions";
import { TableScroll } from "@/components/table-scroll";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { formatDate, formatDateTime } from "@/lib/dates";
import { getDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { STATUS_LABELS } from "@/lib/referrals/status-rules";
import { readCaseload } from "@/lib/workspace/caseload";

export const metadata: Metadata = { title: "Caseload" };

const days = (n: number | null) => (n === null ? "–" : `${n} ${n === 1 ? "day" : "days"}`);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** What "Send now" queued, from the address (counts only). */
function sentNotice(params: Record<string, string | string[] | undefined>): string | undefined {
  const n = (name: string) =>
    typeof params[name] === "string" && /^\d{1,6}$/.test(params[name] as string) ? Number(params[name]) : null;
  const [digests, pauses, escalations] = [n("digests"), n("pauses"), n("escalations")];
  if (digests === null || pauses === null || escalations === null) return undefined;
  return `Queued ${countOf(digests, "digest")} (sent to those with something to say), ${countOf(pauses, "pause-ended notice")} and ${countOf(escalations, "escalation")}. Each is sent once a day at most.`;
}

export default async function CaseloadPage({ searchParams }: Props) {
  const admin = await requireStaffPage("/staff/admin/caseload", "caseload.read");
  const notice = sentNotice(await searchParams);
  const { rows, oldest } = await readCaseload((await getDatabase()).prisma, admin, env().firstContactPromise);
  return (
    <>
      <AdminNav current="/staff/admin/caseload" />
      <Notice message={notice} />
      <h1>Caseload</h1>
      <p>
        Open cases by who has them, counted now. A next step is overdue when its date has passed; first contact is late
        when the promise to the person was not kept in time.
      </p>
      <TableScroll label="Open cases per member of staff">
        <table className="table">
          <caption className="visually-hidden">Open cases per member of staff</caption>
          <thead>
            <tr>
              <th scope="col">Who</th>
              <th scope="col">Open</th>
              <th scope="col">Next step overdue</th>
              <th scope="col">Due today</th>
              <th scope="col">First contact late</th>
              <th scope="col">Oldest open</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.assigneeId ?? "nobody"}>
                <th scope="row">{r.name}</th>
                <td>{r.open}</td>
                <td>{r.overdue}</td>
                <td>{r.dueToday}</td>
                <td>{r.firstContactLate}</td>
                <td>{days(r.oldestDays)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2>Reminders</h2>
      <p>
        Every morning at 7am UK time each member of staff gets a digest of their cases (counts and references only), the
        assignee hears when a person’s pause has ended, and administrators hear of first-contact promises missed by{" "}
        {countOf(env().firstContactEscalationWorkingDays, "working day")}. Each email is sent once a day at most.
      </p>
      <form action={sendRemindersNowAction}>
        <button type="submit" className="button button--secondary">
          Send this morning’s reminders now
        </button>
      </form>
      <h2>Oldest open cases</h2>
      {oldest.length === 0 ? (
        <p>There are no open cases.</p>
      ) : (
        <TableScroll label="Oldest open cases">
          <table className="table">
            <caption className="visually-hidden">The {oldest.length} oldest open cases</caption>
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Status</th>
                <th scope="col">Assigned to</th>
                <th scope="col">Next step due</th>
                <th scope="col">Last activity</th>
                <th scope="col">Days open</th>
              </tr>
            </thead>
            <tbody>
              {oldest.map((c) => (
                <tr key={c.id}>
                  <td>
                    <a href={`/staff/referrals/${c.id}`}>{c.reference}</a>
                  </td>
                  <td>{STATUS_LABELS[c.status]}</td>
                  <td>{c.assignee ?? "Nobody"}</td>
                  <td>
                    {c.nextStepDue
                      ? formatDate(new Date(`${c.nextStepDue.toISOString().slice(0, 10)}T12:00:00Z`))
                      : "–"}
                  </td>
                  <td>{formatDateTime(c.lastActivity)}</td>
                  <td>{c.daysOpen}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
