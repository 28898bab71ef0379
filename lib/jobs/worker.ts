/**
 * Registers a handler for every queue. Runs inside the web process by default
 * (WORKER_MODE=in-process), or alone with `npm run worker` (WORKER_MODE=separate
 * on the web processes).
 */
import type { PgBoss } from "pg-boss";
import { createSendEmailHandler } from "@/lib/email/send-email-job";
import { createMailTransport, type MailTransport } from "@/lib/email/transport";
import { QUEUE } from "./queues";

export type WorkerSettings = { smtpUrl: string | undefined; dataDir: string; mailFrom: string };

export type RunningWorker = { transport: MailTransport; stop(): Promise<void> };

export async function startWorker(
  boss: PgBoss,
  settings: WorkerSettings,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<RunningWorker> {
  const transport = createMailTransport(settings);
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  const ids = [await boss.work(QUEUE.sendEmail, polling, createSendEmailHandler(transport, settings.mailFrom))];
  return {
    transport,
    async stop() {
      for (const id of ids) await boss.offWork(QUEUE.sendEmail, { id });
      transport.close();
    },
  };
}
