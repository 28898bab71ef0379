import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { TableScroll } from "@/components/table-scroll";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { formatDate, formatDateTime } from "@/lib/dates";
import { getDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { STATUS_LABELS } from "@/lib/referrals/status-rules";
import { readCaseload } from "@/lib/workspace/caseload";

export const metadata: Metadata = { title: "Caseload" };

const days = (n: number | null) => (n === null ? "–" : `${n} ${n === 1 ? "day" : "days"}`);

export default async function CaseloadPage() {
  const admin = await requireStaffPage("/staff/admin/caseload", "caseload.read");
  const { rows, oldest } = await readCaseload((await getDatabase()).prisma, admin, env().firstContactPromise);
  return (
    <>
      <AdminNav current="/staff/admin/caseload" />
      <h1>Caseload</h1>
      <p>Open cases by who has them, counted now. A next step is overdue when its date has passed; first contact is late when the promise to the person was not kept in time.</p>
      <TableScroll label="Open cases per member of staff">
        <table className="table">
          <caption className="visually-hidden">Open cases per member of staff</caption>
          <thead>
            <tr>
              <th scope="col">Who</th><th scope="col">Open</th><th scope="col">Next step overdue</th><th scope="col">Due today</th>
              <th scope="col">First contact late</th><th scope="col">Oldest open</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.assigneeId ?? "nobody"}>
                <th scope="row">{r.name}</th><td>{r.open}</td><td>{r.overdue}</td><td>{r.dueToday}</td><td>{r.firstContactLate}</td><td>{days(r.oldestDays)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2>Oldest open cases</h2>
      {oldest.length === 0 ? <p>There are no open cases.</p> : (
        <TableScroll label="Oldest open cases">
          <table className="table">
            <caption className="visually-hidden">The {oldest.length} oldest open cases</caption>
            <thead>
              <tr>
                <th scope="col">Reference</th><th scope="col">Status</th><th scope="col">Assigned to</th><th scope="col">Next step due</th>
                <th scope="col">Last activity</th><th scope="col">Days open</th>
              </tr>
            </thead>
            <tbody>
              {oldest.map((c) => (
                <tr key={c.id}>
                  <td><a href={`/staff/referrals/${c.id}`}>{c.reference}</a></td>
                  <td>{STATUS_LABELS[c.status]}</td>
                  <td>{c.assignee ?? "Nobody"}</td>
                  <td>{c.nextStepDue ? formatDate(new Date(`${c.nextStepDue.toISOString().slice(0, 10)}T12:00:00Z`)) : "–"}</td>
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
