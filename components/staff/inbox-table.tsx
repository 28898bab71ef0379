import { CRIME_TYPES, labelOf } from "@/lib/referrals/options";
import { STATUS_LABELS, type Status } from "@/lib/referrals/status-rules";
import { firstContactBadge } from "@/lib/workspace/inbox-badge";
import { formatDateTime } from "@/lib/dates";
import { TableScroll } from "@/components/table-scroll";

export type InboxRow = {
  id: string; reference: string; createdAt: Date | string; firstName: string; crimeType: string; status: Status;
  sensitive: boolean; firstContactDueAt: Date | string | null; assignedTo: { name: string } | null;
};

const when = formatDateTime;

export function InboxTable({ rows, caption }: { rows: InboxRow[]; caption: string }) {
  if (rows.length === 0) return <p>There are no referrals here.</p>;
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
            const badge = firstContactBadge(r.firstContactDueAt ? new Date(r.firstContactDueAt) : null, r.status);
            return (
              <tr key={r.id}>
                <td><a href={`/staff/referrals/${r.id}`}>{r.reference}</a> {r.sensitive ? <strong className="tag tag--warning">Sensitive</strong> : null}</td>
                <td>{when(new Date(r.createdAt))}</td>
                <td>{r.firstName}</td>
                <td>{labelOf(CRIME_TYPES, r.crimeType) ?? r.crimeType}</td>
                <td><strong className="tag">{STATUS_LABELS[r.status]}</strong></td>
                <td>{r.assignedTo?.name ?? "Nobody"}</td>
                <td>{badge ? <strong className={badge.overdue ? "tag tag--warning" : "tag"}>{badge.text}</strong> : "–"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
