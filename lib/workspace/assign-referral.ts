import "server-only";
import { requireWithinLimit } from "./case-schemas";
import type { PgBoss } from "pg-boss";
import { enqueueInTransaction } from "@/lib/jobs/queue";
import { assignmentNoticeJob } from "./reminder-jobs";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { changeCase, type CaseChange } from "./case-change";

/**
 * Assigns a case to an active member of staff; reassigning needs a reason.
 * History is kept in the timeline. Given the queue, the assignee is emailed
 * (a reference and a link) unless they assigned it to themselves.
 */
export async function assignReferral(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: { referralId: string; version: number; assigneeId: string; reason?: string; ipAddress?: string },
  options: { notify?: PgBoss } = {},
): Promise<CaseChange> {
  const reason = input.reason?.trim() || undefined;
  requireWithinLimit("assignReason", reason);
  return changeCase(
    prisma,
    staff,
    input,
    { kind: "assign", action: "referral.assigned", details: { assigneeId: input.assigneeId } },
    async (tx, referral) => {
      const assignee = await tx.staffUser.findUnique({ where: { id: input.assigneeId } });
      if (!assignee || assignee.disabledAt) throw new AppError("assign.no-such-staff", "assigneeId");
      if (referral.assignedToId === assignee.id) throw new AppError("assign.already-assigned", "assigneeId");
      if (referral.assignedToId && !reason) throw new AppError("assign.reason-required", "assignReason");
      await tx.referralEvent.create({
        data: {
          referralId: referral.id,
          actorId: staff.userId,
          type: "ASSIGNED",
          assignedToId: assignee.id,
          text: reason ?? null,
        },
      });
      if (options.notify && assignee.id !== staff.userId) {
        await enqueueInTransaction(options.notify, tx, assignmentNoticeJob, {
          referralId: referral.id,
          userId: assignee.id,
          byId: staff.userId,
        });
      }
      return { assignedToId: assignee.id };
    },
  );
}
