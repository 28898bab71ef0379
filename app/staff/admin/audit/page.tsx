import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { clientAddress, requireStaffPage } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";
import { normaliseReference, REFERENCE_PATTERN } from "@/lib/referrals/reference";
import { listAudit, personLabel, type AuditQuery } from "@/lib/workspace/audit-log";
import { ALL_AUDIT_ACTIONS, AUDIT_ACTIONS, auditActionLabel, isAuditAction } from "@/lib/audit/actions";
import { formatDateTime, ukDayRange } from "@/lib/dates";
import { TableScroll } from "@/components/table-scroll";

export const metadata: Metadata = { title: "Audit trail" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  // Administrators only: anyone else gets "page not found".
  const staff = await requireStaffPage("/staff/admin/audit", "audit.read");
  const params = await searchParams;
  const one = (name: string) => (typeof params[name] === "string" ? (params[name] as string) : "");
  const prisma = (await getDatabase()).prisma;
  const staffList = await prisma.staffUser.findMany({
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true },
  });
  const reference = normaliseReference(one("reference"));
  // UK days, as every date filter in the service: a day that is not real is no filter, never an invalid date.
  const days = ukDayRange(one("from"), one("to"));
  const query: AuditQuery = {
    action: isAuditAction(one("action")) ? one("action") : undefined,
    actorId: staffList.some((s) => s.id === one("actor")) ? one("actor") : undefined,
    reference: REFERENCE_PATTERN.test(reference) ? reference : undefined,
    from: days.from,
    to: days.to,
    before: /^\d{1,18}$/.test(one("before")) ? BigInt(one("before")) : undefined,
  };
  const { rows, nextBefore } = await listAudit(prisma, staff, query, await clientAddress());
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (typeof value === "string" && key !== "before" && value) next.set(key, value);
  if (nextBefore) next.set("before", nextBefore);

  return (
    <>
      <AdminNav current="/staff/admin/audit" />
      <h1>Audit trail</h1>
      <form method="get" action="/staff/admin/audit">
        <div className="form-group">
          <label className="label" htmlFor="audit-action">
            What happened
          </label>
          <select className="input input--width-20" id="audit-action" name="action" defaultValue={one("action")}>
            <option value="">Anything</option>
            {ALL_AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {AUDIT_ACTIONS[a]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="audit-actor">
            Who
          </label>
          <select className="input input--width-20" id="audit-actor" name="actor" defaultValue={one("actor")}>
            <option value="">Anyone</option>
            {staffList.map((s) => (
              <option key={s.id} value={s.id}>
                {personLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="audit-reference">
            Referral reference
          </label>
          <input
            className="input input--width-10"
            id="audit-reference"
            name="reference"
            defaultValue={one("reference")}
            spellCheck={false}
          />
        </div>
        <div className="form-group date-input">
          <div className="date-input__item">
            <label className="label" htmlFor="audit-from">
              From
            </label>
            <input className="input" type="date" id="audit-from" name="from" defaultValue={one("from")} />
          </div>
          <div className="date-input__item">
            <label className="label" htmlFor="audit-to">
              To
            </label>
            <input className="input" type="date" id="audit-to" name="to" defaultValue={one("to")} />
          </div>
        </div>
        <button type="submit" className="button">
          Show
        </button>
      </form>
      {rows.length === 0 ? (
        <p>Nothing matches.</p>
      ) : (
        <TableScroll label="Audit events">
          <table className="table">
            <caption className="visually-hidden">Audit events, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Details</th>
                <th scope="col">Who</th>
                <th scope="col">Referral</th>
                <th scope="col">From address</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{formatDateTime(r.at)}</td>
                  <td>{auditActionLabel(r.action)}</td>
                  <td>{r.details || "–"}</td>
                  <td>{r.actor}</td>
                  <td>
                    {r.referralId && !r.erased ? (
                      <a href={`/staff/referrals/${r.referralId}`}>{r.reference}</a>
                    ) : (
                      (r.reference ?? "–")
                    )}
                  </td>
                  <td>{r.ipAddress ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {nextBefore ? (
        <p>
          <a href={`/staff/admin/audit?${next.toString()}`}>Older events</a>
        </p>
      ) : null}
    </>
  );
}
