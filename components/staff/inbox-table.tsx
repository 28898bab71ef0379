import { CRIME_TYPES, labelOf } from "@/lib/referrals/options";
import { STATUS_LABELS, type Status } from "@/lib/referrals/status-rules";
import { firstContactBadge } from "@/lib/workspace/inbox-badge";
import { formatDate, formatDateTime } from "@/lib/dates";
import { TableScroll } from "@/components/table-scroll";

export type InboxRow = {
  id: string; reference: string; createdAt: Date | string; firstName: string; crimeType: string; status: Status;
  sensitive: boolean; firstContactDueAt: Date | string | null; assignedTo: { name: string } | null;
  /** What the person did online ("Manage your request"). */
  pausedUntil?: Date | string | null; withdrawnAt?: Date | string | null; contactChangedAt?: Date | string | null;
};

/** What the person did online, as tags: withdrawn, paused (while it lasts), details changed. */
function PersonTags({ row, now }: { row: InboxRow; now: Date }) {
  const paused = row.pausedUntil && new Date(row.pausedUntil) > now ? new Date(row.pausedUntil) : null;
  return (
    <>
      {row.withdrawnAt ? <> <strong className="tag tag--person">Withdrawn by the person</strong></> : null}
      {paused ? <> <strong className="tag tag--person">Paused by the person until {formatDate(paused)}</strong></> : null}
      {row.contactChangedAt && !row.withdrawnAt ? <> <strong className="tag tag--person">Details changed by the person</strong></> : null}
    </>
  );
}

const when = formatDateTime;

export function InboxTable({ rows, caption }: { rows: InboxRow[]; caption: string }) {
  if (rows.length === 0) return <p>There are no referrals here.</p>;
  const now = new Date();
  return (
    <TableScroll label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th><th scope="col">Received</th><th scope="col">First name</th><th scope="col">Type</th>
            <th scope="col">Status</th><th scope="col">Assigned to</th><th scope="col">First contact</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const paused = Boolean(r.pausedUntil && new Date(r.pausedUntil) > now);
            // While paused the due date does not count (it moves on by the pause).
            const badge = paused ? null : firstContactBadge(r.firstContactDueAt ? new Date(r.firstContactDueAt) : null, r.status);
            return (
              <tr key={r.id}>
                <td><a href={`/staff/referrals/${r.id}`}>{r.reference}</a> {r.sensitive ? <strong className="tag tag--warning">Sensitive</strong> : null}</td>
                <td>{when(new Date(r.createdAt))}</td>
                <td>{r.firstName}</td>
                <td>{labelOf(CRIME_TYPES, r.crimeType) ?? r.crimeType}</td>
                <td><strong className="tag">{STATUS_LABELS[r.status]}</strong><PersonTags row={r} now={now} /></td>
                <td>{r.assignedTo?.name ?? "Nobody"}</td>
                <td>{paused ? "Paused" : badge ? <strong className={badge.overdue ? "tag tag--warning" : "tag"}>{badge.text}</strong> : "–"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
