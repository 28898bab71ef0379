/**
 * The audit trail for administrators: newest first, filtered by action, member
 * of staff, referral and dates, 50 a page (keyset on id). Reading it is itself
 * recorded. Only administrators may read it; anyone else is refused here too.
 */
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record";

export const AUDIT_PAGE_SIZE = 50;

function erasedReference(details: unknown): string {
  const reference = (details as { reference?: unknown } | null)?.reference;
  return typeof reference === "string" ? `${reference} (erased)` : "(erased)";
}

export type AuditQuery = { action?: string; actorId?: string; reference?: string; from?: Date; to?: Date; before?: bigint };

export async function listAudit(prisma: PrismaClient, staff: AuthorisedStaff, query: AuditQuery, ipAddress?: string) {
  requirePermission(staff, "audit.read");
  const where: Prisma.AuditEventWhereInput[] = [];
  if (query.action) where.push({ action: query.action });
  if (query.actorId) where.push({ actorId: query.actorId });
  if (query.from) where.push({ at: { gte: query.from } });
  if (query.to) where.push({ at: { lt: query.to } });
  if (query.before) where.push({ id: { lt: query.before } });
  if (query.reference) {
    const referral = await prisma.referral.findUnique({ where: { reference: query.reference }, select: { id: true } });
    where.push({ referralId: referral?.id ?? "00000000-0000-0000-0000-000000000000" });
  }
  const rows = await prisma.auditEvent.findMany({ where: { AND: where }, orderBy: { id: "desc" }, take: AUDIT_PAGE_SIZE + 1 });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const actorIds = [...new Set(page.map((r) => r.actorId).filter((id): id is string => Boolean(id)))];
  const referralIds = [...new Set(page.map((r) => r.referralId).filter((id): id is string => Boolean(id)))];
  const [actors, referrals] = await Promise.all([
    prisma.staffUser.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
    prisma.referral.findMany({ where: { id: { in: referralIds } }, select: { id: true, reference: true } }),
  ]);
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const references = new Map(referrals.map((r) => [r.id, r.reference]));
  await recordAudit(prisma, { action: "audit.viewed", actorId: staff.userId, ipAddress });
  return {
    rows: page.map((r) => ({
      id: r.id.toString(), at: r.at, action: r.action, ipAddress: r.ipAddress,
      actor: r.actorId ? names.get(r.actorId) ?? "A former member of staff" : "Nobody signed in",
      referralId: r.referralId,
      erased: Boolean(r.referralId && !references.has(r.referralId)),
      // An erased referral's rows keep its reference in the erasure's own row only.
      reference: r.referralId ? references.get(r.referralId) ?? erasedReference(r.details) : null,
    })),
    nextBefore: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1]!.id.toString() : undefined,
  };
}
