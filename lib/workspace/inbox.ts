/**
 * The staff inbox: seven views (New = open and unassigned, Assigned to me, Due
 * today and Overdue by the next step's date across all stages, All open,
 * Closed, and Changed by the person: details changed, paused or withdrawn
 * online, until marked seen) with counts, filters, search by reference or
 * name, sorting by date received or next step's due day, and keyset pagination (a page is
 * "the next 25 after this row", so page 1,000 costs what page 1 costs).
 * Measured by `npm run bench` against a million referrals (see the README).
 */
import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record";
import { normaliseReference, REFERENCE_PATTERN } from "@/lib/referrals/reference";
import type { Status } from "@/lib/referrals/status-rules";
import { ukDay } from "@/lib/dates";
import { firstName } from "./referrals";

export const INBOX_VIEWS = ["new", "mine", "due", "overdue", "open", "closed", "person"] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];
export const PAGE_SIZE = 25;

export type InboxQuery = {
  view: InboxView;
  status?: Status;
  crimeType?: string;
  sensitive?: boolean;
  receivedFrom?: Date;
  receivedTo?: Date;
  search?: string;
  sort: "received" | "due";
  /** The last row of the previous page, from `nextCursor`. */
  after?: string;
  /** Search finds a paused referral too; the open views leave it out until its date. */
  includePaused?: boolean;
};

/** How each view is sorted unless asked otherwise: a caseworker's own list and the date views by due day. */
export function defaultSort(view: InboxView): InboxQuery["sort"] {
  return view === "mine" || view === "due" || view === "overdue" ? "due" : "received";
}

/** Today as the DATE column holds it (midnight UTC of the UK day). */
const todayAsDate = (now: Date) => new Date(`${ukDay(now)}T00:00:00Z`);

/** "Open" as a list, not "not closed": a list can use the (status, created_at) index. */
const OPEN: Status[] = ["NEW", "CONTACTING", "ASSESSING", "IN_PROGRESS"];

/**
 * A referral the person has paused is left out of the open views until its
 * date, when it comes back by itself; meanwhile it is under "Changed by the person".
 */
function viewWhere(
  view: InboxView,
  staff: AuthorisedStaff,
  includePaused = false,
  now = new Date(),
): Prisma.ReferralWhereInput {
  const notPaused: Prisma.ReferralWhereInput = includePaused
    ? {}
    : { OR: [{ pausedUntil: null }, { pausedUntil: { lte: now } }] };
  switch (view) {
    case "new":
      return { status: { in: OPEN }, assignedToId: null, ...notPaused };
    case "mine":
      return { status: { in: OPEN }, assignedToId: staff.userId, ...notPaused };
    case "due":
      return { status: { in: OPEN }, nextStepDue: todayAsDate(now), ...notPaused };
    case "overdue":
      return { status: { in: OPEN }, nextStepDue: { lt: todayAsDate(now) }, ...notPaused };
    case "open":
      return { status: { in: OPEN }, ...notPaused };
    case "closed":
      return { status: "CLOSED" };
    case "person":
      return { personChangeUnseenAt: { not: null } };
  }
}

function filterWhere(query: InboxQuery): Prisma.ReferralWhereInput[] {
  const and: Prisma.ReferralWhereInput[] = [];
  if (query.status) and.push({ status: query.status });
  if (query.crimeType) and.push({ crimeType: query.crimeType });
  if (query.sensitive !== undefined) and.push({ sensitive: query.sensitive });
  if (query.receivedFrom) and.push({ createdAt: { gte: query.receivedFrom } });
  if (query.receivedTo) and.push({ createdAt: { lt: query.receivedTo } });
  const search = query.search?.trim();
  if (search) {
    const reference = normaliseReference(search);
    and.push(
      REFERENCE_PATTERN.test(reference) ? { reference } : { fullName: { contains: search, mode: "insensitive" } },
    );
  }
  return and;
}

type Cursor = { key: string; id: string };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(value: string | undefined): Cursor | undefined {
  if (!value) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Cursor;
    return typeof parsed.key === "string" && typeof parsed.id === "string" ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export async function listInbox(prisma: PrismaClient, staff: AuthorisedStaff, query: InboxQuery) {
  requirePermission(staff, "inbox.read");
  const base = viewWhere(query.view, staff, query.includePaused);
  const filters = filterWhere(query);
  // A closed case has no next step: its view is always by date received.
  const byDue = query.sort === "due" && query.view !== "closed";
  const sortField = byDue ? "nextStepDue" : "createdAt";
  // Received: newest first. Due: soonest first.
  const direction = byDue ? "asc" : "desc";
  const cursor = decodeCursor(query.after);
  const after: Prisma.ReferralWhereInput[] = [];
  if (cursor) {
    const key = new Date(cursor.key);
    const beyond = direction === "desc" ? { lt: key } : { gt: key };
    const idBeyond = direction === "desc" ? { lt: cursor.id } : { gt: cursor.id };
    after.push({ OR: [{ [sortField]: beyond }, { [sortField]: key, id: idBeyond }] });
  }
  if (byDue) filters.push({ nextStepDue: { not: null } });
  const where: Prisma.ReferralWhereInput =
    !cursor && isNameSearch(query.search) && (await isRareName(prisma, query.search!))
      ? { id: { in: await nameSearchIds(prisma, staff, query) } }
      : { AND: [base, ...filters, ...after] };

  const rows = await prisma.referral.findMany({
    where,
    orderBy: [{ [sortField]: direction }, { id: direction }],
    take: PAGE_SIZE + 1,
    select: {
      id: true,
      reference: true,
      createdAt: true,
      fullName: true,
      crimeType: true,
      status: true,
      sensitive: true,
      firstContactDueAt: true,
      assignedTo: { select: { name: true } },
      pausedUntil: true,
      withdrawnAt: true,
      contactChangedAt: true,
      firstChosenAttemptAt: true,
      firstSpokenAt: true,
      nextStep: true,
      nextStepDue: true,
      personChangeUnseenAt: true,
      updatedAt: true,
    },
  });
  const page = rows.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > PAGE_SIZE && last
      ? encodeCursor({ key: (byDue ? last.nextStepDue! : last.createdAt).toISOString(), id: last.id })
      : undefined;
  return {
    rows: page.map(({ fullName, ...row }) => ({ ...row, firstName: firstName(fullName) })),
    nextCursor,
  };
}

function isNameSearch(search: string | undefined): boolean {
  const term = search?.trim() ?? "";
  return term !== "" && !REFERENCE_PATTERN.test(normaliseReference(term));
}

/** Up to this many people with a name, the matches are found first and then sorted (below). */
const RARE_NAME_MATCHES = 1_000;

const nameLike = (search: string) => `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Whether few referrals match a name: counted through the trigram index, stopping at the limit. */
async function isRareName(prisma: PrismaClient, search: string): Promise<boolean> {
  const [row] = await prisma.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM referrals WHERE full_name ILIKE ${nameLike(search)} LIMIT ${RARE_NAME_MATCHES}) capped`;
  return (row?.n ?? 0) < RARE_NAME_MATCHES;
}

/**
 * The first page of a search for a rare name, as ids. Sorting on an expression (not the
 * bare column) keeps PostgreSQL from walking the date index from the newest
 * end and filtering hundreds of thousands of rows when a name is rare among
 * open cases; it finds the matches through the trigram index, then sorts
 * those few (npm run bench: "search by name" went from 30-90 ms to about 20). A common
 * name is left to the date index, which finds a page of matches at once.
 */
async function nameSearchIds(prisma: PrismaClient, staff: AuthorisedStaff, query: InboxQuery): Promise<string[]> {
  const conditions = countConditions(query.view, staff, query);
  const order =
    query.sort === "due" && query.view !== "closed"
      ? Prisma.sql`next_step_due IS NOT NULL ORDER BY next_step_due + 0 ASC, id ASC`
      : Prisma.sql`TRUE ORDER BY created_at + interval '0 seconds' DESC, id DESC`;
  const rows = await prisma.$queryRaw<Array<{ id: string }>>`
    SELECT id::text AS id FROM referrals WHERE ${Prisma.join(conditions, " AND ")} AND ${order} LIMIT ${PAGE_SIZE + 1}`;
  return rows.map((row) => row.id);
}

/** Counting stops here: beyond it the inbox says "1,000+", so a count never scans a million rows. */
export const COUNT_CAP = 1_000;

export type ViewCount = { count: number; capped: boolean };

/** The same view and filters as SQL, for counting (parameterised: values never become SQL text). */
/**
 * `paused`: "leave out" (the open views as listed), "ignore" (for counting, which subtracts the
 * paused ones instead, below) or "only".
 */
function countConditions(
  view: InboxView,
  staff: AuthorisedStaff,
  query: Omit<InboxQuery, "view" | "after" | "sort">,
  paused: "leave out" | "ignore" | "only" = "leave out",
): Prisma.Sql[] {
  const open = Prisma.sql`status IN ('NEW', 'CONTACTING', 'ASSESSING', 'IN_PROGRESS')`;
  const conditions: Prisma.Sql[] = [];
  if (view === "closed") conditions.push(Prisma.sql`status = 'CLOSED'`);
  else if (view === "person") conditions.push(Prisma.sql`person_change_unseen_at IS NOT NULL`);
  else {
    conditions.push(open);
    const today = ukDay(new Date());
    if (view === "due") conditions.push(Prisma.sql`next_step_due = ${today}::date`);
    if (view === "overdue") conditions.push(Prisma.sql`next_step_due < ${today}::date`);
    if (paused === "only") conditions.push(Prisma.sql`paused_until > now()`);
    else if (paused === "leave out" && !query.includePaused)
      conditions.push(Prisma.sql`(paused_until IS NULL OR paused_until <= now())`);
  }
  if (view === "new") conditions.push(Prisma.sql`assigned_to_id IS NULL`);
  if (view === "mine") conditions.push(Prisma.sql`assigned_to_id = ${staff.userId}::uuid`);
  if (query.status) conditions.push(Prisma.sql`status = ${query.status}::referral_status`);
  if (query.crimeType) conditions.push(Prisma.sql`crime_type = ${query.crimeType}`);
  if (query.sensitive !== undefined) conditions.push(Prisma.sql`sensitive = ${query.sensitive}`);
  if (query.receivedFrom) conditions.push(Prisma.sql`created_at >= ${query.receivedFrom}`);
  if (query.receivedTo) conditions.push(Prisma.sql`created_at < ${query.receivedTo}`);
  const search = query.search?.trim();
  if (search) {
    const reference = normaliseReference(search);
    conditions.push(
      REFERENCE_PATTERN.test(reference)
        ? Prisma.sql`reference = ${reference}`
        : Prisma.sql`full_name ILIKE ${nameLike(search)}`,
    );
  }
  return conditions;
}

/** How many referrals each view holds, with the same filters applied. */
export async function countInbox(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  query: Omit<InboxQuery, "view" | "after" | "sort">,
) {
  requirePermission(staff, "inbox.read");
  const entries = await Promise.all(
    INBOX_VIEWS.map(async (view) => {
      const count = async (conditions: Prisma.Sql[], cap: number) => {
        // Counting inside a LIMITed subquery lets PostgreSQL stop at the cap.
        const rows = await prisma.$queryRaw<Array<{ n: number }>>`
          SELECT count(*)::int AS n FROM (SELECT 1 FROM referrals WHERE ${Prisma.join(conditions, " AND ")} LIMIT ${cap}) capped`;
        return rows[0]?.n ?? 0;
      };
      // The open views leave paused referrals out. Counted as "all, less the paused", the big count
      // stays index-only (a filter on paused_until would read the table: 1 ms became 20-30 ms at a
      // million) and the paused ones, few, come through their own index.
      const paused =
        view === "closed" || view === "person" || query.includePaused
          ? 0
          : await count(countConditions(view, staff, query, "only"), COUNT_CAP + 1);
      const n = (await count(countConditions(view, staff, query, "ignore"), COUNT_CAP + 1 + paused)) - paused;
      return [view, { count: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP }] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<InboxView, ViewCount>;
}

/**
 * Search by reference or name across open and closed referrals. Searching is
 * audited (that it happened, never what was searched for).
 */
export async function searchInbox(prisma: PrismaClient, staff: AuthorisedStaff, term: string, ipAddress?: string) {
  const open = await listInbox(prisma, staff, { view: "open", sort: "received", search: term, includePaused: true });
  const closed = await listInbox(prisma, staff, { view: "closed", sort: "received", search: term });
  await recordAudit(prisma, { action: "inbox.searched", actorId: staff.userId, ipAddress });
  return [...open.rows, ...closed.rows];
}
