/**
 * Works every queue, each job by the code in its own definition
 * (lib/jobs/define-job.ts). Runs inside the web process by default
 * (WORKER_MODE=in-process), or alone with `npm run worker` (WORKER_MODE=separate
 * on the web processes).
 */
import "server-only";
import type { PgBoss } from "pg-boss";
import type { Database } from "@/lib/db";
import { createMailTransport, withStableMessageId, type MailTransport } from "@/lib/email/transport";
import { isEmailJob, type JobContext, type JobDefinition, type WorkerSettings } from "./define-job";
import { workEmailQueue, workTaskQueue } from "./queue-workers";

export type { WorkerSettings };

export type RunningWorker = { stop(): Promise<void> };

export async function workJobs(
  boss: PgBoss,
  db: Database,
  settings: WorkerSettings,
  jobs: readonly JobDefinition[],
  options: { pollingIntervalSeconds?: number } = {},
): Promise<RunningWorker> {
  // Email: a poll every second finds new jobs and retries (no NOTIFY: define-job.ts EMAIL_RETRIES).
  // Housekeeping runs on a schedule, so it can poll slowly.
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 1;
  const taskPollingSeconds = options.pollingIntervalSeconds ?? 5;
  const context: JobContext = { prisma: db.prisma, boss, settings, from: settings.mailFrom };
  const transports: MailTransport[] = [];
  const workers: Array<[string, string]> = [];

  for (const definition of jobs) {
    if (isEmailJob(definition)) {
      // Each email queue its own SMTP connections, so a burst on one cannot hold up another.
      const transport = createMailTransport(settings, definition.email.concurrency);
      transports.push(transport);
      const id = await workEmailQueue(boss, definition, { ...definition.email, pollingIntervalSeconds }, (job) =>
        definition.send({ ...context, transport: withStableMessageId(transport, job, context.from) }, job),
      );
      workers.push([definition.name, id]);
    } else {
      workers.push([
        definition.name,
        await workTaskQueue(boss, definition.name, taskPollingSeconds, () => definition.run(context)),
      ]);
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
