/**
 * The morning reminders (a job at 7am UK time, MORNING_REMINDERS_SCHEDULE):
 * a digest for each member of staff, a notice for each pause that ended since
 * yesterday morning, and one escalation to administrators for each
 * first-contact promise missed by FIRST_CONTACT_ESCALATION_WORKING_DAYS. This
 * only decides and queues; the emails are sent by their own jobs
 * (reminder-jobs.ts). The clock is a parameter, so tests choose the day.
 */
import "server-only";
import { HOUSEKEEPING, scheduledJob, taskJob } from "@/lib/jobs/define-job";
import { log } from "@/lib/log";
import { firstContactEscalationJob, pauseEndedNoticeJob, staffDigestJob } from "./reminder-jobs";
import type { PgBoss } from "pg-boss";
import { ukDay } from "@/lib/dates";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import type { FirstContactPromise } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { enqueueInTransaction, enqueueOncePerDay } from "@/lib/jobs/queue";
import { workingDaysBetween } from "@/lib/referrals/working-days";

export type ReminderSettings = { firstContactPromise: FirstContactPromise; firstContactEscalationWorkingDays: number };

export type RemindersQueued = { digests: number; pausesEnded: number; escalations: number };

const OPEN = ["NEW", "CONTACTING", "ASSESSING", "IN_PROGRESS"] as const;

/** An administrator's "Send this morning's reminders now": the same as the 7am job, audited; each email still once a day. */
export async function sendMorningRemindersNow(
  prisma: PrismaClient,
  boss: PgBoss,
  admin: AuthorisedStaff,
  settings: ReminderSettings,
  ipAddress?: string,
): Promise<RemindersQueued> {
  requirePermission(admin, "reminders.send");
  const queued = await queueMorningReminders(prisma, boss, settings);
  await recordAudit(prisma, { action: "reminders.sent-now", actorId: admin.userId, ipAddress, details: queued });
  return queued;
}

export async function queueMorningReminders(
  prisma: PrismaClient,
  boss: PgBoss,
  settings: ReminderSettings,
  now = new Date(),
): Promise<RemindersQueued> {
  const day = ukDay(now);

  // Everyone who can sign in gets a digest (sent only if it has something to say).
  const staff = await prisma.staffUser.findMany({
    where: { disabledAt: null, passwordHash: { not: null } },
    select: { id: true },
  });
  let digests = 0;
  for (const { id } of staff)
    if (await enqueueOncePerDay(boss, staffDigestJob, { userId: id, day }, `${id}:${day}`)) digests += 1;

  // Pauses that ended since this time yesterday: "can be contacted again from today".
  const ended = await prisma.referral.findMany({
    where: { status: { in: [...OPEN] }, pausedUntil: { gt: new Date(now.getTime() - 24 * 3600_000), lte: now } },
    select: { id: true, pausedUntil: true },
  });
  let pausesEnded = 0;
  for (const { id, pausedUntil } of ended) {
    if (
      await enqueueOncePerDay(
        boss,
        pauseEndedNoticeJob,
        { referralId: id, pausedUntil: pausedUntil!.toISOString() },
        `${id}:${day}`,
      )
    )
      pausesEnded += 1;
  }

  // Promises missed by the set number of working days, each told once (marked in the same transaction).
  const kept = settings.firstContactPromise === "spoken" ? "firstSpokenAt" : "firstChosenAttemptAt";
  const late = await prisma.referral.findMany({
    where: {
      status: { in: [...OPEN] },
      firstContactEscalatedAt: null,
      [kept]: null,
      firstContactDueAt: { lt: now },
      OR: [{ pausedUntil: null }, { pausedUntil: { lte: now } }],
    },
    select: { id: true, firstContactDueAt: true },
  });
  let escalations = 0;
  for (const referral of late) {
    if (workingDaysBetween(referral.firstContactDueAt!, now) < settings.firstContactEscalationWorkingDays) continue;
    await prisma.$transaction(async (tx) => {
      const marked = await tx.referral.updateMany({
        where: { id: referral.id, firstContactEscalatedAt: null },
        data: { firstContactEscalatedAt: now },
      });
      if (marked.count === 1)
        await enqueueInTransaction(boss, tx, firstContactEscalationJob, { referralId: referral.id });
      escalations += marked.count;
    });
  }
  return { digests, pausesEnded, escalations };
}

/** When the morning reminders go (the staff digest, pauses ending, missed first-contact promises): 7am UK time. */
export const MORNING_REMINDERS_SCHEDULE = { cron: "0 7 * * *", tz: "Europe/London" } as const;

/** Every morning: queues the digests, the pause-ended notices and the escalations. */
export const morningRemindersJob = taskJob({
  name: "morning-reminders",
  payload: scheduledJob,
  policy: { ...HOUSEKEEPING, retryLimit: 6, retryDelay: 600 },
  schedule: MORNING_REMINDERS_SCHEDULE,
  async run({ prisma, boss, settings }) {
    const queued = await queueMorningReminders(prisma, boss, settings);
    log.info(queued, "morning reminders queued");
  },
});
