/**
 * Sending a referral to the provider again: for a delivery that failed for
 * good (staff will do this from the workspace), and for one whose job has gone
 * missing from the queue (found by sweepLostDeliveries). The referral row is
 * the record of truth; the queue only does the work.
 */
import "server-only";
import { HOUSEKEEPING, scheduledJob, taskJob } from "@/lib/jobs/define-job";
import { deliverReferralJob } from "@/lib/referrals/delivery/deliver-referral-job";
import type { PgBoss } from "pg-boss";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import { enqueueInTransaction } from "@/lib/jobs/queue";
import { log } from "@/lib/log";

const LIVE_STATES = new Set(["created", "retry", "active"]);

/** Inside a transaction: queues the provider email again unless it has been sent. False when there is nothing to do. */
async function requeueInTransaction(tx: Prisma.TransactionClient, boss: PgBoss, referralId: string): Promise<boolean> {
  const updated = await tx.referral.updateMany({
    where: { id: referralId, providerEmailStatus: { in: ["PENDING", "FAILED"] } },
    data: { providerEmailStatus: "PENDING" },
  });
  if (updated.count === 0) return false;
  await enqueueInTransaction(boss, tx, deliverReferralJob, { referralId });
  return true;
}

/** Queues the provider email again unless it has been sent. Returns false when there is nothing to do. */
export async function requeueProviderEmail(prisma: PrismaClient, boss: PgBoss, referralId: string): Promise<boolean> {
  return prisma.$transaction((tx) => requeueInTransaction(tx, boss, referralId));
}

/**
 * "Send again" on a referral's page: queues the email, and records who asked
 * in the timeline and the audit trail, all in one transaction. Nothing
 * happens (and nothing is recorded) if it has been sent meanwhile.
 */
export async function resendProviderEmail(
  prisma: PrismaClient,
  boss: PgBoss,
  staff: AuthorisedStaff,
  input: { referralId: string; ipAddress?: string },
): Promise<boolean> {
  requirePermission(staff, "referral.resend-email");
  return prisma.$transaction(async (tx) => {
    if (!(await requeueInTransaction(tx, boss, input.referralId))) return false;
    await tx.referralEvent.create({
      data: { referralId: input.referralId, actorId: staff.userId, type: "EMAIL_RESENT" },
    });
    await recordAudit(tx, {
      action: "referral.email-resent",
      actorId: staff.userId,
      referralId: input.referralId,
      ipAddress: input.ipAddress,
    });
    return true;
  });
}

/** Whether the queue still holds a job that will deliver this referral. */
async function hasLiveJob(boss: PgBoss, referralId: string): Promise<boolean> {
  const jobs = await boss.findJobs(deliverReferralJob.name, { data: { referralId } });
  return jobs.some((job) => LIVE_STATES.has(job.state));
}

/**
 * Finds referrals still waiting for delivery after `olderThanMinutes` with no
 * job left to deliver them (a queue restored from backup, a job deleted by
 * hand) and queues them again. Runs on a schedule.
 */
export async function sweepLostDeliveries(
  prisma: PrismaClient,
  boss: PgBoss,
  olderThanMinutes = 30,
  now = new Date(),
): Promise<string[]> {
  const waiting = await prisma.referral.findMany({
    // Not yet queued at all is the new referrals' task (queue-new-referrals.ts), which would queue it a second time.
    where: {
      providerEmailStatus: "PENDING",
      emailsToQueue: { is: null },
      createdAt: { lt: new Date(now.getTime() - olderThanMinutes * 60_000) },
    },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
  const requeued: string[] = [];
  for (const { id } of waiting) {
    if (await hasLiveJob(boss, id)) continue;
    if (await requeueProviderEmail(prisma, boss, id)) {
      requeued.push(id);
      log.warn({ referralId: id }, "provider email job was missing; queued again");
    }
  }
  return requeued;
}

/** Every quarter of an hour: queues again any referral whose delivery job has gone missing. */
export const sweepDeliveriesJob = taskJob({
  name: "sweep-deliveries",
  payload: scheduledJob,
  policy: HOUSEKEEPING,
  schedule: { cron: "*/15 * * * *" },
  run: async ({ prisma, boss }) => void (await sweepLostDeliveries(prisma, boss)),
});
