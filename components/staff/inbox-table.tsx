import { CRIME_TYPE_WORDS, labelOf } from "@/lib/referrals/options";
import { STATUS_LABELS, type Status } from "@/lib/referrals/status-rules";
import type { FirstContactPromise } from "@/lib/env";
import { firstContactBadge } from "@/lib/workspace/first-contact";
import { describeNextStep } from "@/lib/workspace/next-step";
import { formatDate, formatDateTime } from "@/lib/dates";
import { TableScroll } from "@/components/table-scroll";

export type InboxRow = {
  id: string;
  reference: string;
  createdAt: Date | string;
  firstName: string;
  crimeType: string;
  status: Status;
  sensitive: boolean;
  firstContactDueAt: Date | string | null;
  assignedTo: { name: string } | null;
  /** What the person did online ("Manage your request"). */
  pausedUntil?: Date | string | null;
  withdrawnAt?: Date | string | null;
  contactChangedAt?: Date | string | null;
  personChangeUnseenAt?: Date | string | null;
  /** The first-contact measures and the next step (lib/workspace/first-contact.ts, next-step.ts). */
  firstChosenAttemptAt: Date | string | null;
  firstSpokenAt: Date | string | null;
  nextStep: string | null;
  nextStepDue: Date | string | null;
};

const asDate = (value: Date | string | null | undefined) => (value ? new Date(value) : null);

/** What the person did online, as tags: withdrawn, paused (while it lasts), details changed. */
function PersonTags({ row, now }: { row: InboxRow; now: Date }) {
  const paused = row.pausedUntil && new Date(row.pausedUntil) > now ? new Date(row.pausedUntil) : null;
  return (
    <>
      {row.withdrawnAt ? (
        <>
          {" "}
          <strong className="tag tag--person">Withdrawn by the person</strong>
        </>
      ) : null}
      {paused ? (
        <>
          {" "}
          <strong className="tag tag--person">Paused by the person until {formatDate(paused)}</strong>
        </>
      ) : null}
      {row.contactChangedAt && !row.withdrawnAt ? (
        <>
          {" "}
          <strong className="tag tag--person">Details changed by the person</strong>
        </>
      ) : null}
      {row.personChangeUnseenAt ? (
        <>
          {" "}
          <strong className="tag tag--person">Not yet seen</strong>
        </>
      ) : null}
    </>
  );
}

const when = formatDateTime;

export function InboxTable({
  rows,
  caption,
  promise,
}: {
  rows: InboxRow[];
  caption: string;
  promise: FirstContactPromise;
}) {
  if (rows.length === 0) return <p>There are no referrals here.</p>;
  const now = new Date();
  return (
    <TableScroll label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Received</th>
            <th scope="col">First name</th>
            <th scope="col">Type</th>
            <th scope="col">Status</th>
            <th scope="col">Assigned to</th>
            <th scope="col">Next step</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const paused = Boolean(r.pausedUntil && new Date(r.pausedUntil) > now);
            const facts = {
              status: r.status,
              firstContactDueAt: asDate(r.firstContactDueAt),
              firstChosenAttemptAt: asDate(r.firstChosenAttemptAt),
              firstSpokenAt: asDate(r.firstSpokenAt),
              pausedUntil: asDate(r.pausedUntil),
              nextStep: r.nextStep,
              nextStepDue: asDate(r.nextStepDue),
            };
            // While paused the due date does not count (it moves on by the pause).
            const badge = firstContactBadge(facts, promise, now);
            const next = describeNextStep(facts, promise, now);
            return (
              <tr key={r.id}>
                <td>
                  <a href={`/staff/referrals/${r.id}`}>{r.reference}</a>{" "}
                  {r.sensitive ? <strong className="tag tag--warning">Sensitive</strong> : null}
                </td>
                <td>{when(new Date(r.createdAt))}</td>
                <td>{r.firstName}</td>
                <td>{labelOf(CRIME_TYPE_WORDS, r.crimeType) ?? r.crimeType}</td>
                <td>
                  <strong className="tag">{STATUS_LABELS[r.status]}</strong>
                  <PersonTags row={r} now={now} />
                  {badge ? (
                    <>
                      {" "}
                      <strong className={badge.overdue ? "tag tag--warning" : "tag"}>{badge.text}</strong>
                    </>
                  ) : null}
                </td>
                <td>{r.assignedTo?.name ?? "Nobody"}</td>
                <td>
                  {next ? (
                    <>
                      {next.text}
                      <br />
                      {paused ? (
                        "Paused"
                      ) : (
                        <strong className={next.overdue ? "tag tag--warning" : "tag"}>
                          {next.dueToday ? "Due today" : next.overdue ? next.dueWords : `Due ${next.dueWords}`}
                        </strong>
                      )}
                    </>
                  ) : (
                    "–"
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
