/**
 * Registers a handler for every queue. Runs inside the web process by default
 * (WORKER_MODE=in-process), or alone with `npm run worker` (WORKER_MODE=separate
 * on the web processes).
 */
import "server-only";
import type { PgBoss } from "pg-boss";
import type { Database } from "@/lib/db";
import { sendTemplatedEmail, type SendEmailJob } from "@/lib/email/send-email-job";
import { createMailTransport, type MailTransport } from "@/lib/email/transport";
import { log } from "@/lib/log";
import { deliverReferral, type ReferralJobData } from "@/lib/referrals/delivery/deliver-referral-job";
import { sendVictimConfirmation } from "@/lib/referrals/delivery/victim-confirmation-job";
import { runRetention } from "@/lib/admin/erasure/retention";
import { sendStaffInvitation, type StaffInvitationJob } from "@/lib/admin/invitation-job";
import { sendSignInAlert, type SignInAlertJob } from "@/lib/auth/sign-in-alert-job";
import { deleteExpiredDrafts } from "@/lib/referrals/draft";
import { sweepLostDeliveries } from "@/lib/referrals/delivery/requeue-provider-email";
import { workEmailQueue, workTaskQueue } from "./queue-workers";
import { EMAIL_QUEUE_WORK, QUEUE, RETENTION_SCHEDULE } from "./queues";

export type WorkerSettings = {
  smtpUrl: string | undefined;
  dataDir: string;
  mailFrom: string;
  providerEmail: string;
  appUrl: string;
  firstContactWorkingDays: number;
  retentionClosedDays: number;
  retentionWithdrawnDays: number;
};

export type RunningWorker = { stop(): Promise<void> };

export async function startWorker(
  boss: PgBoss,
  db: Database,
  settings: WorkerSettings,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<RunningWorker> {
  // Email: a new job wakes the worker at once where LISTEN/NOTIFY works; this poll finds retries
  // (which send no notification) and covers PGlite. Housekeeping runs on a schedule, so it can poll slowly.
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 1;
  const taskPollingSeconds = options.pollingIntervalSeconds ?? 5;
  const transports: MailTransport[] = [];
  const workers: Array<[string, string]> = [];
  const from = settings.mailFrom;
  const prisma = db.prisma;

  /** Each email queue: its own SMTP connections, batches, and a few sends at once. */
  async function emailQueue<T extends object>(name: keyof typeof EMAIL_QUEUE_WORK, send: (transport: MailTransport) => Parameters<typeof workEmailQueue<T>>[3]) {
    const work = EMAIL_QUEUE_WORK[name];
    const transport = createMailTransport(settings, work.concurrency);
    transports.push(transport);
    workers.push([name, await workEmailQueue<T>(boss, name, { ...work, pollingIntervalSeconds }, send(transport))]);
  }
  async function task(name: string, run: () => Promise<void>) {
    workers.push([name, await workTaskQueue(boss, name, taskPollingSeconds, run)]);
  }

  await emailQueue<SendEmailJob>(QUEUE.sendEmail, (transport) => (job) => sendTemplatedEmail(transport, from, job));
  await emailQueue<ReferralJobData>(QUEUE.deliverReferral, (transport) => (job) =>
    deliverReferral({ prisma, transport, from, providerEmail: settings.providerEmail, appUrl: settings.appUrl }, job));
  await emailQueue<ReferralJobData>(QUEUE.victimConfirmation, (transport) => (job) =>
    sendVictimConfirmation({ prisma, transport, from, firstContactWorkingDays: settings.firstContactWorkingDays }, job));
  await emailQueue<StaffInvitationJob>(QUEUE.staffInvitation, (transport) => (job) =>
    sendStaffInvitation({ prisma, transport, from, appUrl: settings.appUrl }, job));
  await emailQueue<SignInAlertJob>(QUEUE.signInAlert, (transport) => (job) =>
    sendSignInAlert({ prisma, transport, from, appUrl: settings.appUrl }, job));

  await task(QUEUE.deleteExpiredDrafts, async () => {
    const deleted = await deleteExpiredDrafts(prisma);
    if (deleted) log.info({ deleted }, "expired drafts deleted");
  });
  await task(QUEUE.sweepDeliveries, async () => {
    await sweepLostDeliveries(prisma, boss);
  });
  await task(QUEUE.eraseExpiredReferrals, async () => {
    const policy = { closedDays: settings.retentionClosedDays, withdrawnDays: settings.retentionWithdrawnDays };
    const { erased } = await runRetention(prisma, policy, { actorId: null });
    log.info({ erased }, "retention run finished");
  });
  // Stored in the database, so several workers share one schedule.
  await boss.schedule(QUEUE.deleteExpiredDrafts, "*/10 * * * *");
  await boss.schedule(QUEUE.sweepDeliveries, "*/15 * * * *");
  await boss.schedule(QUEUE.eraseExpiredReferrals, RETENTION_SCHEDULE.cron, null, { tz: RETENTION_SCHEDULE.tz });

  return {
    async stop() {
      // wait: true lets each handler finish the jobs it holds (without it, offWork returns at once).
      await Promise.all(workers.map(([name, id]) => boss.offWork(name, { id, wait: true })));
      for (const transport of transports) transport.close();
    },
  };
}
