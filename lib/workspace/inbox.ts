/**
 * The staff inbox: four views (New = open and unassigned, Assigned to me, All
 * open, Closed) with counts, filters, search by reference or name, sorting by
 * date received or first-contact due date, and keyset pagination (a page is
 * "the next 25 after this row", so page 1,000 costs what page 1 costs).
 * Measured by `npm run bench` against a million referrals (see the README).
 */
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { SignedInStaff } from "@/lib/auth/sessions";
import { REFERENCE_PATTERN } from "@/lib/referrals/reference";
import type { Status } from "@/lib/referrals/status-rules";
import { firstName } from "./referrals";

export const INBOX_VIEWS = ["new", "mine", "open", "closed"] as const;
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
};

function viewWhere(view: InboxView, staff: SignedInStaff): Prisma.ReferralWhereInput {
  switch (view) {
    case "new": return { status: { not: "CLOSED" }, assignedToId: null };
    case "mine": return { status: { not: "CLOSED" }, assignedToId: staff.userId };
    case "open": return { status: { not: "CLOSED" } };
    case "closed": return { status: "CLOSED" };
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
    const reference = search.toUpperCase().replace(/\s+/g, "");
    and.push(REFERENCE_PATTERN.test(reference) ? { reference } : { fullName: { contains: search, mode: "insensitive" } });
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

export async function listInbox(prisma: PrismaClient, staff: SignedInStaff, query: InboxQuery) {
  const base = viewWhere(query.view, staff);
  const filters = filterWhere(query);
  const sortField = query.sort === "due" ? "firstContactDueAt" : "createdAt";
  // Received: newest first. Due: soonest first.
  const direction = query.sort === "due" ? "asc" : "desc";
  const cursor = decodeCursor(query.after);
  const after: Prisma.ReferralWhereInput[] = [];
  if (cursor) {
    const key = new Date(cursor.key);
    const beyond = direction === "desc" ? { lt: key } : { gt: key };
    const idBeyond = direction === "desc" ? { lt: cursor.id } : { gt: cursor.id };
    after.push({ OR: [{ [sortField]: beyond }, { [sortField]: key, id: idBeyond }] });
  }
  if (query.sort === "due") filters.push({ firstContactDueAt: { not: null } });

  const rows = await prisma.referral.findMany({
    where: { AND: [base, ...filters, ...after] },
    orderBy: [{ [sortField]: direction }, { id: direction }],
    take: PAGE_SIZE + 1,
    select: {
      id: true, reference: true, createdAt: true, fullName: true, crimeType: true, status: true, sensitive: true,
      firstContactDueAt: true, assignedTo: { select: { name: true } },
    },
  });
  const page = rows.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];
  const nextCursor = rows.length > PAGE_SIZE && last
    ? encodeCursor({ key: (query.sort === "due" ? last.firstContactDueAt! : last.createdAt).toISOString(), id: last.id })
    : undefined;
  return {
    rows: page.map(({ fullName, ...row }) => ({ ...row, firstName: firstName(fullName) })),
    nextCursor,
  };
}

/** How many referrals each view holds, with the same filters applied. */
export async function countInbox(prisma: PrismaClient, staff: SignedInStaff, query: Omit<InboxQuery, "view" | "after" | "sort">) {
  const filters = filterWhere({ ...query, view: "open", sort: "received" });
  const entries = await Promise.all(
    INBOX_VIEWS.map(async (view) => [view, await prisma.referral.count({ where: { AND: [viewWhere(view, staff), ...filters] } })] as const),
  );
  return Object.fromEntries(entries) as Record<InboxView, number>;
}

