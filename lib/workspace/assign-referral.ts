import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { changeCase, type CaseChange } from "./case-change";

/** Assigns a case to an active member of staff; reassigning needs a reason. History is kept in the timeline. */
export async function assignReferral(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: { referralId: string; version: number; assigneeId: string; reason?: string; ipAddress?: string },
): Promise<CaseChange> {
  const reason = input.reason?.trim() || undefined;
  if (reason && reason.length > 1000) throw new AppError("assign.reason-too-long", "assignReason");
  return changeCase(prisma, staff, input, { kind: "assign", action: "referral.assigned", details: { assigneeId: input.assigneeId } }, async (tx, referral) => {
    const assignee = await tx.staffUser.findUnique({ where: { id: input.assigneeId } });
    if (!assignee || assignee.disabledAt) throw new AppError("assign.no-such-staff", "assigneeId");
    if (referral.assignedToId === assignee.id) throw new AppError("assign.already-assigned", "assigneeId");
    if (referral.assignedToId && !reason) throw new AppError("assign.reason-required", "assignReason");
    await tx.referralEvent.create({
      data: { referralId: referral.id, actorId: staff.userId, type: "ASSIGNED", assignedToId: assignee.id, text: reason ?? null },
    });
    return { assignedToId: assignee.id };
  });
}
