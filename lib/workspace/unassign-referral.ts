import "server-only";
import { requireWithinLimit } from "./case-schemas";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { changeCase, type CaseChange } from "./case-change";

/** Puts a case back in the pool ("New", unassigned), with a reason; the timeline keeps who had it. */
export async function unassignReferral(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: { referralId: string; version: number; reason: string; ipAddress?: string },
): Promise<CaseChange> {
  requirePermission(staff, "referral.change"); // before anything is checked or said about the input
  const reason = input.reason.trim();
  if (!reason) throw new AppError("unassign.reason-required", "unassignReason");
  requireWithinLimit("unassignReason", reason);
  return changeCase(prisma, staff, input, { kind: "unassign", action: "referral.unassigned" }, async (tx, referral) => {
    if (!referral.assignedToId) throw new AppError("unassign.not-assigned", "unassignReason");
    await tx.referralEvent.create({
      data: {
        referralId: referral.id,
        actorId: staff.userId,
        type: "UNASSIGNED",
        assignedToId: referral.assignedToId,
        text: reason,
      },
    });
    return { assignedToId: null };
  });
}
