import type { Metadata } from "next";
import { InboxSearch } from "@/components/staff/inbox-search";
import { InboxTable } from "@/components/staff/inbox-table";
import { StaffNav } from "@/components/staff/staff-nav";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";
import { CRIME_TYPES } from "@/lib/referrals/options";
import { STATUSES, STATUS_LABELS, type Status } from "@/lib/referrals/status-rules";
import {
  countInbox,
  defaultSort,
  INBOX_VIEWS,
  listInbox,
  type InboxQuery,
  type InboxView,
} from "@/lib/workspace/inbox";
import { env } from "@/lib/env";
import { searchInboxAction } from "./actions";
import { ukDayRange } from "@/lib/dates";

export const metadata: Metadata = { title: "Referrals" };

const VIEW_LABELS: Record<InboxView, string> = {
  new: "New",
  mine: "Assigned to me",
  due: "Due today",
  overdue: "Overdue",
  open: "All open",
  closed: "Closed",
  person: "Changed by the person",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Only filters that are not personal data go in the address; searching by name is a POST (see InboxSearch). */
function readQuery(params: Record<string, string | string[] | undefined>): InboxQuery {
  const one = (name: string) => (typeof params[name] === "string" ? (params[name] as string) : undefined);
  const view = INBOX_VIEWS.find((v) => v === one("view")) ?? "new";
  const status = STATUSES.find((s) => s === one("status"));
  const crimeType = CRIME_TYPES.find((c) => c.value === one("type"))?.value;
  const sensitive = one("sensitive") === "yes" ? true : one("sensitive") === "no" ? false : undefined;
  // UK days, as every date filter in the service: "?from=2026-13-01" is no filter, never an invalid date.
  const days = ukDayRange(one("from"), one("to"));
  return {
    view,
    status,
    crimeType,
    sensitive,
    receivedFrom: days.from,
    receivedTo: days.to,
    sort: one("sort") === "due" ? "due" : one("sort") === "received" ? "received" : defaultSort(view),
    after: one("after"),
  };
}

export default async function InboxPage({ searchParams }: Props) {
  const staff = await requireStaffPage("/staff");
  const params = await searchParams;
  const query = readQuery(params);
  const prisma = (await getDatabase()).prisma;
  const [counts, page] = await Promise.all([countInbox(prisma, staff, query), listInbox(prisma, staff, query)]);
  const keep = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...params, after: undefined, ...changes }))
      if (typeof value === "string" && value) next.set(key, value);
    return `/staff?${next.toString()}`;
  };
  const value = (name: string) => (typeof params[name] === "string" ? (params[name] as string) : "");

  return (
    <>
      <StaffNav role={staff.role} current="/staff" />
      <p>Signed in as {staff.name}.</p>
      <h1>Referrals</h1>
      <nav aria-label="Views">
        <ul className="footer-links">
          {INBOX_VIEWS.map((view) => (
            <li key={view}>
              <a href={keep({ view })} aria-current={query.view === view ? "page" : undefined}>
                {VIEW_LABELS[view]} ({counts[view].count.toLocaleString("en-GB")}
                {counts[view].capped ? "+" : ""})
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <details className="filters">
        <summary>Filter and sort</summary>
        <form method="get" action="/staff">
          <input type="hidden" name="view" value={query.view} />
          <div className="form-group">
            <label className="label" htmlFor="filter-status">
              Status
            </label>
            <select className="input input--width-20" id="filter-status" name="status" defaultValue={value("status")}>
              <option value="">Any</option>
              {STATUSES.map((s: Status) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="label" htmlFor="filter-type">
              Type of crime or harm
            </label>
            <select className="input input--width-20" id="filter-type" name="type" defaultValue={value("type")}>
              <option value="">Any</option>
              {CRIME_TYPES.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="label" htmlFor="filter-sensitive">
              Sensitive
            </label>
            <select
              className="input input--width-10"
              id="filter-sensitive"
              name="sensitive"
              defaultValue={value("sensitive")}
            >
              <option value="">Any</option>
              <option value="yes">Sensitive only</option>
              <option value="no">Not sensitive</option>
            </select>
          </div>
          <div className="form-group date-input">
            <div className="date-input__item">
              <label className="label" htmlFor="filter-from">
                Received from
              </label>
              <input className="input" type="date" id="filter-from" name="from" defaultValue={value("from")} />
            </div>
            <div className="date-input__item">
              <label className="label" htmlFor="filter-to">
                Received to
              </label>
              <input className="input" type="date" id="filter-to" name="to" defaultValue={value("to")} />
            </div>
          </div>
          <div className="form-group">
            <label className="label" htmlFor="filter-sort">
              Sort by
            </label>
            <select className="input input--width-20" id="filter-sort" name="sort" defaultValue={query.sort}>
              <option value="received">Date received, newest first</option>
              <option value="due">Next step due, soonest first</option>
            </select>
          </div>
          <button type="submit" className="button">
            Apply
          </button>
        </form>
      </details>

      <InboxSearch action={searchInboxAction} clearHref={keep({})} promise={env().firstContactPromise}>
        <h2>{VIEW_LABELS[query.view]}</h2>
        <InboxTable
          rows={page.rows}
          caption={`${VIEW_LABELS[query.view]} referrals`}
          promise={env().firstContactPromise}
        />
        {page.nextCursor ? (
          <p>
            <a href={keep({ after: page.nextCursor })}>Next page</a>
          </p>
        ) : null}
      </InboxSearch>
    </>
  );
}
