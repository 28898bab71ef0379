/**
 * The need-to-know rule of the restorative work: past the permission, only the
 * facilitator the case is assigned to, and administrators, may open the person
 * responsible's record or the case's sessions. Anyone else is refused (403)
 * and the attempt is in the audit trail.
 */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AuditAction } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission, type AuthorisedStaff, type Permission } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { withdrawnRefusal, type CaseActionKind } from "@/lib/workspace/contact-wishes";
import { isUuid } from "@/lib/db/ids";

export type NeedToKnowCase = {
  id: string;
  reference: string;
  status: "NEW" | "CONTACTING" | "ASSESSING" | "IN_PROGRESS" | "CLOSED";
  assignedToId: string | null;
  assignedTo: { name: string } | null;
  withdrawnAt: Date | null;
  erasureRequestedAt: Date | null;
  pausedUntil: Date | null;
};

/** Whether this member of staff needs to know: the case's facilitator, or an administrator. */
export function mayOpenRecord(staff: AuthorisedStaff, referral: Pick<NeedToKnowCase, "assignedToId">): boolean {
  return staff.role === "ADMIN" || referral.assignedToId === staff.userId;
}

/**
 * The case, if it exists and this member of staff needs to know; a refusal is
 * audited (outside any transaction, so it stays) and thrown.
 */
export async function openNeedingToKnow(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  permission: Permission,
  referralId: string,
  refused: AuditAction,
  ipAddress?: string,
): Promise<NeedToKnowCase> {
  requirePermission(staff, permission);
  const referral = isUuid(referralId)
    ? await prisma.referral.findUnique({
        where: { id: referralId },
        select: {
          id: true,
          reference: true,
          status: true,
          assignedToId: true,
          withdrawnAt: true,
          erasureRequestedAt: true,
          pausedUntil: true,
          assignedTo: { select: { name: true } },
        },
      })
    : null;
  if (!referral) throw new AppError("referral.not-found");
  if (!mayOpenRecord(staff, referral)) {
    await recordAudit(prisma, { action: refused, actorId: staff.userId, referralId: referral.id, ipAddress });
    throw new AppError("responsible.need-to-know");
  }
  return referral;
}

/** The person's withdrawal wins over the staff action, whatever the form offered. */
export function refuseIfWithdrawn(referral: NeedToKnowCase, kind: CaseActionKind) {
  const refusal = withdrawnRefusal(referral, kind);
  if (refusal) throw new AppError(refusal.code, "form", refusal.values);
}
