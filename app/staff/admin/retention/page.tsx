import type { Metadata } from "next";
import { AdminNav, Notice } from "@/components/admin/admin-nav";
import { previewRetention } from "@/lib/admin/erasure/retention";
import { formatDate, formatDateTime } from "@/lib/dates";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { getQueue } from "@/lib/jobs/queue";
import { RETENTION_SCHEDULE } from "@/lib/admin/erasure/retention";
import { ALL_CLOSURE_REASONS } from "@/lib/referrals/status-rules";
import { runRetentionAction } from "./actions";
import { countOf } from "@/lib/plural";
import { TableScroll } from "@/components/table-scroll";

export const metadata: Metadata = { title: "Retention" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const RULES = {
  closed: "Closed",
  "withdrawn-before-contact": "Withdrawn before contact",
  "withdrawn-by-person": "Withdrawn by the person",
} as const;

export default async function RetentionPage({ searchParams }: Props) {
  const admin = await requireStaffPage("/staff/admin/retention", "retention.manage");
  const settings = env();
  const policy = { closedDays: settings.retentionClosedDays, withdrawnDays: settings.retentionWithdrawnDays };
  const prisma = (await getDatabase()).prisma;
  const nextRun = getQueue().previewSchedule(RETENTION_SCHEDULE.cron, { tz: RETENTION_SCHEDULE.tz, count: 1 })[0]!;
  // What the next run will erase if nothing changes before it; "run now" erases what is due already.
  const [atNextRun, dueNow] = await Promise.all([
    previewRetention(prisma, admin, policy, nextRun),
    previewRetention(prisma, admin, policy, new Date(), 0),
  ]);
  const erased = typeof (await searchParams).erased === "string" ? Number((await searchParams).erased) : undefined;

  return (
    <>
      <AdminNav current="/staff/admin/retention" />
      <Notice
        message={
          erased !== undefined && Number.isInteger(erased)
            ? `Retention run finished: ${countOf(erased, "referral")} erased`
            : undefined
        }
      />
      <h1>Retention</h1>
      <p>
        Personal data is kept only as long as the provider needs it. Every day at 03:00 (UK time) the service erases the
        personal data of:
      </p>
      <ul>
        <li>
          closed referrals, {policy.closedDays} days after they were closed (<code>RETENTION_CLOSED_DAYS</code>)
        </li>
        <li>
          referrals the person withdrew before anyone contacted them, or withdrew online themselves,{" "}
          {policy.withdrawnDays} days after they were closed (<code>RETENTION_WITHDRAWN_DAYS</code>)
        </li>
      </ul>
      <p>
        Open referrals are never erased by this schedule. What is kept is a row of figures that identifies nobody: the
        month it arrived, the type of crime or harm, how they heard about the service, the outcome and the timings. Each
        erasure is in the audit trail.
      </p>

      <h2>The next run: {formatDateTime(nextRun)}</h2>
      {atNextRun.total === 0 ? (
        <p>The next run will erase nothing.</p>
      ) : (
        <>
          <p>
            If no case is reopened first, it will erase {countOf(atNextRun.total, "referral")}
            {atNextRun.total > atNextRun.rows.length ? ` (the first ${atNextRun.rows.length} are listed)` : ""}.
          </p>
          <TableScroll label="Referrals the next run will erase">
            <table className="table">
              <caption className="visually-hidden">Referrals the next run will erase</caption>
              <thead>
                <tr>
                  <th scope="col">Reference</th>
                  <th scope="col">Received</th>
                  <th scope="col">Closed</th>
                  <th scope="col">Why closed</th>
                  <th scope="col">Rule</th>
                  <th scope="col">Due for erasure</th>
                </tr>
              </thead>
              <tbody>
                {atNextRun.rows.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <a href={`/staff/referrals/${r.id}`}>{r.reference}</a>
                    </td>
                    <td>{formatDate(r.createdAt)}</td>
                    <td>{r.closedAt ? formatDate(r.closedAt) : "–"}</td>
                    <td>{ALL_CLOSURE_REASONS.find((c) => c.value === r.closureReason)?.label ?? "–"}</td>
                    <td>{RULES[r.rule]}</td>
                    <td>{formatDate(r.dueAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
      <h2>Run it now</h2>
      <p>
        {dueNow.total === 0
          ? "Nothing is due for erasure at this moment."
          : `${dueNow.total.toLocaleString("en-GB")} referral${dueNow.total === 1 ? " is" : "s are"} already past the retention period.`}
      </p>
      <form action={runRetentionAction}>
        <button type="submit" className="button button--warning">
          Erase what is due now
        </button>
      </form>
    </>
  );
}
