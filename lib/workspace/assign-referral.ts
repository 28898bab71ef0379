import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SignedInStaff } from "@/lib/auth/sessions";
import { CaseChangeRefused, changeCase, type CaseChangeResult } from "./case-change";

/** Assigns a case to an active member of staff; reassigning needs a reason. History is kept in the timeline. */
export async function assignReferral(
  prisma: PrismaClient,
  staff: SignedInStaff,
  input: { referralId: string; version: number; assigneeId: string; reason?: string; ipAddress?: string },
): Promise<CaseChangeResult> {
  const reason = input.reason?.trim() || undefined;
  if (reason && reason.length > 1000) return { ok: false, code: "invalid", message: "The reason must be 1,000 characters or fewer", field: "reason" };
  return changeCase(prisma, staff, input, { action: "referral.assigned", details: { assigneeId: input.assigneeId } }, async (tx, referral) => {
    const assignee = await tx.staffUser.findUnique({ where: { id: input.assigneeId } });
    if (!assignee || assignee.disabledAt) throw new CaseChangeRefused("Select a member of staff", "assigneeId");
    if (referral.assignedToId === assignee.id) throw new CaseChangeRefused("This referral is already assigned to them", "assigneeId");
    if (referral.assignedToId && !reason) throw new CaseChangeRefused("Enter why the referral is being reassigned", "reason");
    await tx.referralEvent.create({
      data: { referralId: referral.id, actorId: staff.userId, type: "ASSIGNED", assignedToId: assignee.id, text: reason ?? null },
    });
    return { assignedToId: assignee.id };
  });
}
