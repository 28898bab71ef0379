/**
 * The audit trail for administrators: newest first, filtered by action, member
 * of staff, referral and dates, 50 a page (keyset on id). Reading it is itself
 * recorded. Only administrators may read it; anyone else is refused here too.
 */
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record";
import { describeAuditDetails, plainAddress } from "@/lib/workspace/audit-details";

export const AUDIT_PAGE_SIZE = 50;

/** "Name (email)": two people with the same name are told apart. */
export const personLabel = (person: { name: string; email: string }) => `${person.name} (${person.email})`;

/** Ids of staff accounts an entry's details name (the account changed, the person assigned). */
function namedIds(details: unknown): string[] {
  const d = (details ?? {}) as { userId?: unknown; assigneeId?: unknown };
  return [d.userId, d.assigneeId].filter((id): id is string => typeof id === "string");
}

/**
 * The referral a reference names, even once erased: its id is kept in its
 * audit rows, and its reference in the row of its erasure.
 */
async function referralIdOf(prisma: PrismaClient, reference: string): Promise<string | undefined> {
  const live = await prisma.referral.findUnique({ where: { reference }, select: { id: true } });
  if (live) return live.id;
  const erasure = await prisma.auditEvent.findFirst({
    where: { action: "referral.erased", details: { path: ["reference"], equals: reference } },
    select: { referralId: true },
  });
  return erasure?.referralId ?? undefined;
}

export type AuditQuery = {
  action?: string;
  actorId?: string;
  reference?: string;
  from?: Date;
  to?: Date;
  before?: bigint;
};

export async function listAudit(prisma: PrismaClient, staff: AuthorisedStaff, query: AuditQuery, ipAddress?: string) {
  requirePermission(staff, "audit.read");
  const where: Prisma.AuditEventWhereInput[] = [];
  if (query.action) where.push({ action: query.action });
  if (query.actorId) where.push({ actorId: query.actorId });
  if (query.from) where.push({ at: { gte: query.from } });
  if (query.to) where.push({ at: { lt: query.to } });
  if (query.before) where.push({ id: { lt: query.before } });
  if (query.reference)
    where.push({ referralId: (await referralIdOf(prisma, query.reference)) ?? "00000000-0000-0000-0000-000000000000" });
  const rows = await prisma.auditEvent.findMany({
    where: { AND: where },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const actorIds = [
    ...new Set(page.flatMap((r) => [r.actorId, ...namedIds(r.details)]).filter((id): id is string => Boolean(id))),
  ];
  const referralIds = [...new Set(page.map((r) => r.referralId).filter((id): id is string => Boolean(id)))];
  const [people, referrals] = await Promise.all([
    prisma.staffUser.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } }),
    prisma.referral.findMany({ where: { id: { in: referralIds } }, select: { id: true, reference: true } }),
  ]);
  const references = new Map(referrals.map((r) => [r.id, r.reference]));
  // Erased referrals: their references, from the rows of their erasure.
  const erasedIds = referralIds.filter((id) => !references.has(id));
  const erasures = erasedIds.length
    ? await prisma.auditEvent.findMany({
        where: { action: "referral.erased", referralId: { in: erasedIds } },
        select: { referralId: true, details: true },
      })
    : [];
  const erasedReferences = new Map(
    erasures.map((e) => [e.referralId, (e.details as { reference?: string } | null)?.reference]),
  );
  const labels = new Map(people.map((p) => [p.id, personLabel(p)]));
  const personName = (id: unknown) => (typeof id === "string" ? labels.get(id) : undefined);
  await recordAudit(prisma, { action: "audit.viewed", actorId: staff.userId, ipAddress });
  return {
    rows: page.map((r) => {
      const erased = Boolean(r.referralId && !references.has(r.referralId));
      const erasedReference = r.referralId ? erasedReferences.get(r.referralId) : undefined;
      return {
        id: r.id.toString(),
        at: r.at,
        action: r.action,
        ipAddress: plainAddress(r.ipAddress),
        actor: r.actorId ? (personName(r.actorId) ?? "A former member of staff") : "Nobody signed in",
        details: describeAuditDetails(r.action, r.details, personName),
        referralId: r.referralId,
        erased,
        reference: r.referralId
          ? (references.get(r.referralId) ?? (erasedReference ? `${erasedReference} (erased)` : "(erased)"))
          : null,
      };
    }),
    nextBefore: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1]!.id.toString() : undefined,
  };
}
