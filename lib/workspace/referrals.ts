/**
 * Reading referrals for the staff workspace. Every function takes the signed-in
 * staff member and checks their permission itself (as well as the page), and
 * every view of a referral is written to the audit trail.
 */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record";
import { isUuid } from "@/lib/db/ids";

export function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? "";
}

/** One referral, or null when the id is malformed or unknown (the page then answers 404). */
export async function viewReferral(prisma: PrismaClient, staff: AuthorisedStaff, id: string, ipAddress?: string) {
  requirePermission(staff, "referral.read");
  if (!isUuid(id)) return null;
  const referral = await prisma.referral.findUnique({
    where: { id },
    include: { assignedTo: { select: { name: true } }, referrer: true },
  });
  if (!referral) return null;
  await recordAudit(prisma, { action: "referral.viewed", actorId: staff.userId, referralId: referral.id, ipAddress });
  return referral;
}
