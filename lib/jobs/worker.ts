/**
 * Works every queue: one handler per job defined in lib/jobs/queues.ts (the
 * table below must name them all, or it does not compile). Runs inside the web
 * process by default (WORKER_MODE=in-process), or alone with `npm run worker`
 * (WORKER_MODE=separate on the web processes).
 */
import "server-only";
import type { JobWithMetadata, PgBoss } from "pg-boss";
import type { z } from "zod";
import type { Database } from "@/lib/db";
import { sendTemplatedEmail, type SendEmailJob } from "@/lib/email/send-email-job";
import { createMailTransport, withStableMessageId, type MailTransport } from "@/lib/email/transport";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { deliverReferral } from "@/lib/referrals/delivery/deliver-referral-job";
import { sendVictimConfirmation } from "@/lib/referrals/delivery/victim-confirmation-job";
import { runRetention } from "@/lib/admin/erasure/retention";
import { sendStaffInvitation } from "@/lib/admin/invitation-job";
import { sendSignInAlert } from "@/lib/auth/sign-in-alert-job";
import { deleteExpiredDrafts } from "@/lib/referrals/draft";
import { sweepLostDeliveries } from "@/lib/referrals/delivery/requeue-provider-email";
import { workEmailQueue, workTaskQueue } from "./queue-workers";
import { JOBS, type JobDefinition, type JobKey } from "./queues";
import { sendPersonChangeNotice, sendPersonLink } from "@/lib/person/person-jobs";
import type { FirstContactPromise } from "@/lib/env";
import { queueMorningReminders } from "@/lib/workspace/reminders";
import {
  sendAssignmentNotice, sendFirstContactEscalation, sendPauseEndedNotice, sendStaffDigest, type ReminderJobDeps,
} from "@/lib/workspace/reminder-jobs";

export type WorkerSettings = {
  smtpUrl: string | undefined;
  dataDir: string;
  mailFrom: string;
  providerEmail: string;
  appUrl: string;
  firstContactWorkingDays: number;
  firstContactPromise: FirstContactPromise;
  firstContactEscalationWorkingDays: number;
  retentionClosedDays: number;
  retentionWithdrawnDays: number;
};

export type RunningWorker = { stop(): Promise<void> };

type Deps = { prisma: PrismaClient; boss: PgBoss; settings: WorkerSettings; from: string };

/** How each job is done: an email job gets its queue's own transport; a task runs alone. */
type Handlers = {
  [K in JobKey]: (typeof JOBS)[K] extends { email: object }
    ? { email: (deps: Deps & { transport: MailTransport }, job: JobWithMetadata<z.output<(typeof JOBS)[K]["payload"]>>) => Promise<void> }
    : { task: (deps: Deps) => Promise<void> };
};

const reminderDeps = ({ prisma, transport, from, settings }: Deps & { transport: MailTransport }): ReminderJobDeps => ({
  prisma, transport, from, appUrl: settings.appUrl, providerEmail: settings.providerEmail, firstContactPromise: settings.firstContactPromise,
});

const HANDLERS: Handlers = {
  sendEmail: { email: ({ transport, from }, job) => sendTemplatedEmail(transport, from, job as JobWithMetadata<SendEmailJob>) },
  deliverReferral: {
    email: ({ prisma, transport, from, settings }, job) =>
      deliverReferral({ prisma, transport, from, providerEmail: settings.providerEmail, appUrl: settings.appUrl }, job),
  },
  victimConfirmation: {
    email: ({ prisma, transport, from, settings }, job) =>
      sendVictimConfirmation({ prisma, transport, from, firstContactWorkingDays: settings.firstContactWorkingDays }, job),
  },
  staffInvitation: { email: ({ prisma, transport, from, settings }, job) => sendStaffInvitation({ prisma, transport, from, appUrl: settings.appUrl }, job) },
  signInAlert: { email: ({ prisma, transport, from, settings }, job) => sendSignInAlert({ prisma, transport, from, appUrl: settings.appUrl }, job) },
  personLink: {
    email: ({ prisma, transport, from, settings }, job) =>
      sendPersonLink({ prisma, transport, from, appUrl: settings.appUrl, providerEmail: settings.providerEmail }, job),
  },
  personChangeNotice: {
    email: ({ prisma, transport, from, settings }, job) =>
      sendPersonChangeNotice({ prisma, transport, from, appUrl: settings.appUrl, providerEmail: settings.providerEmail }, job),
  },
  assignmentNotice: { email: (deps, job) => sendAssignmentNotice(reminderDeps(deps), job) },
  staffDigest: { email: (deps, job) => sendStaffDigest(reminderDeps(deps), job) },
  pauseEndedNotice: { email: (deps, job) => sendPauseEndedNotice(reminderDeps(deps), job) },
  firstContactEscalation: { email: (deps, job) => sendFirstContactEscalation(reminderDeps(deps), job) },
  morningReminders: {
    task: async ({ prisma, boss, settings }) => {
      const queued = await queueMorningReminders(prisma, boss, settings);
      log.info(queued, "morning reminders queued");
    },
  },
  deleteExpiredDrafts: {
    task: async ({ prisma }) => {
      const deleted = await deleteExpiredDrafts(prisma);
      if (deleted) log.info({ deleted }, "expired drafts deleted");
    },
  },
  sweepDeliveries: { task: async ({ prisma, boss }) => void (await sweepLostDeliveries(prisma, boss)) },
  eraseExpiredReferrals: {
    task: async ({ prisma, settings }) => {
      const policy = { closedDays: settings.retentionClosedDays, withdrawnDays: settings.retentionWithdrawnDays };
      const { erased } = await runRetention(prisma, policy, { actorId: null, mailDataDir: settings.smtpUrl ? undefined : settings.dataDir });
      log.info({ erased }, "retention run finished");
    },
  },
};

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
  const deps: Deps = { prisma: db.prisma, boss, settings, from: settings.mailFrom };
  const transports: MailTransport[] = [];
  const workers: Array<[string, string]> = [];

  for (const key of Object.keys(JOBS) as JobKey[]) {
    const definition: JobDefinition = JOBS[key];
    const handler = HANDLERS[key] as { email?: (deps: Deps & { transport: MailTransport }, job: JobWithMetadata<never>) => Promise<void>; task?: (deps: Deps) => Promise<void> };
    if (definition.email && handler.email) {
      // Each email queue its own SMTP connections, so a burst on one cannot hold up another.
      const transport = createMailTransport(settings, definition.email.concurrency);
      transports.push(transport);
      const send = handler.email;
      const id = await workEmailQueue(boss, definition, { ...definition.email, pollingIntervalSeconds }, (job) =>
        send({ ...deps, transport: withStableMessageId(transport, job, deps.from) }, job as never));
      workers.push([definition.name, id]);
    } else if (handler.task) {
      const run = handler.task;
      workers.push([definition.name, await workTaskQueue(boss, definition.name, taskPollingSeconds, () => run(deps))]);
    }
    if (definition.schedule) {
      const { cron, tz } = definition.schedule;
      await boss.schedule(definition.name, cron, null, tz ? { tz } : {});
    }
  }

  return {
    async stop() {
      // wait: true lets each handler finish the jobs it holds (without it, offWork returns at once).
      await Promise.all(workers.map(([name, id]) => boss.offWork(name, { id, wait: true })));
      for (const transport of transports) transport.close();
    },
  };
}
