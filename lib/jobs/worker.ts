/**
 * Registers a handler for every queue. Runs inside the web process by default
 * (WORKER_MODE=in-process), or alone with `npm run worker` (WORKER_MODE=separate
 * on the web processes).
 */
import "server-only";
import type { PgBoss } from "pg-boss";
import type { Database } from "@/lib/db";
import { createSendEmailHandler } from "@/lib/email/send-email-job";
import { createMailTransport, type MailTransport } from "@/lib/email/transport";
import { log } from "@/lib/log";
import { createDeliverReferralHandler } from "@/lib/referrals/delivery/deliver-referral-job";
import { createVictimConfirmationHandler } from "@/lib/referrals/delivery/victim-confirmation-job";
import { runRetention } from "@/lib/admin/erasure/retention";
import { createStaffInvitationHandler } from "@/lib/admin/invitation-job";
import { deleteExpiredDrafts } from "@/lib/referrals/draft";
import { sweepLostDeliveries } from "@/lib/referrals/delivery/requeue-provider-email";
import { QUEUE, RETENTION_SCHEDULE } from "./queues";

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

export type RunningWorker = { transport: MailTransport; stop(): Promise<void> };

export async function startWorker(
  boss: PgBoss,
  db: Database,
  settings: WorkerSettings,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<RunningWorker> {
  const transport = createMailTransport(settings);
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  const withMetadata = { ...polling, includeMetadata: true } as const;
  const deps = { prisma: db.prisma, transport, from: settings.mailFrom };
  const workers: Array<[string, string]> = [];
  const work = async (name: string, id: Promise<string>) => workers.push([name, await id]);

  await work(QUEUE.sendEmail, boss.work(QUEUE.sendEmail, polling, createSendEmailHandler(transport, settings.mailFrom)));
  await work(
    QUEUE.deliverReferral,
    boss.work(QUEUE.deliverReferral, withMetadata, createDeliverReferralHandler({ ...deps, providerEmail: settings.providerEmail, appUrl: settings.appUrl })),
  );
  await work(
    QUEUE.victimConfirmation,
    boss.work(QUEUE.victimConfirmation, withMetadata, createVictimConfirmationHandler({ ...deps, firstContactWorkingDays: settings.firstContactWorkingDays })),
  );
  await work(
    QUEUE.staffInvitation,
    boss.work(QUEUE.staffInvitation, polling, createStaffInvitationHandler({ ...deps, appUrl: settings.appUrl })),
  );
  await work(
    QUEUE.deleteExpiredDrafts,
    boss.work(QUEUE.deleteExpiredDrafts, polling, async () => {
      const deleted = await deleteExpiredDrafts(db.prisma);
      if (deleted) log.info({ deleted }, "expired drafts deleted");
    }),
  );
  await work(
    QUEUE.sweepDeliveries,
    boss.work(QUEUE.sweepDeliveries, polling, async () => {
      await sweepLostDeliveries(db.prisma, boss);
    }),
  );
  await work(
    QUEUE.eraseExpiredReferrals,
    boss.work(QUEUE.eraseExpiredReferrals, polling, async () => {
      const policy = { closedDays: settings.retentionClosedDays, withdrawnDays: settings.retentionWithdrawnDays };
      const { erased } = await runRetention(db.prisma, policy, { actorId: null });
      log.info({ erased }, "retention run finished");
    }),
  );
  // Stored in the database, so several workers share one schedule.
  await boss.schedule(QUEUE.deleteExpiredDrafts, "*/10 * * * *");
  await boss.schedule(QUEUE.sweepDeliveries, "*/15 * * * *");
  await boss.schedule(QUEUE.eraseExpiredReferrals, RETENTION_SCHEDULE.cron, null, { tz: RETENTION_SCHEDULE.tz });

  return {
    transport,
    async stop() {
      // wait: true lets each handler finish the job it holds (without it, offWork returns at once).
      for (const [name, id] of workers) await boss.offWork(name, { id, wait: true });
      transport.close();
    },
  };
}
