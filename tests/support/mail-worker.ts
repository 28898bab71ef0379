/**
 * A migrated database of one kind, its queue, the real worker and a real SMTP
 * listener on 127.0.0.1: what a test of emails the service sends needs.
 */
import type { PgBoss } from "pg-boss";
import { startQueue, startWorker, type RunningWorker, type WorkerSettings } from "@/lib/background-jobs";
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openBackend, type BackendName, type TestBackend } from "./backends";
import { startSmtpListener, type SmtpListener } from "./smtp-listener";
import { testWorkerSettings } from "./worker-settings";

export type MailWorker = {
  backend: TestBackend;
  prisma: PrismaClient;
  boss: PgBoss;
  worker: RunningWorker;
  smtp: SmtpListener;
  close(): Promise<void>;
};

export async function openMailWorker(
  kind: BackendName,
  label: string,
  settings: Partial<WorkerSettings> = {},
): Promise<MailWorker> {
  const smtp = await startSmtpListener();
  const backend = await openBackend(kind, label);
  await backend.db.withSession((s) => migrate(s));
  const boss = await startQueue(backend.db);
  const worker = await startWorker(
    boss,
    backend.db,
    testWorkerSettings(backend.settings.dataDir, { smtpUrl: smtp.url, ...settings }),
    { pollingIntervalSeconds: 0.5 },
  );
  return {
    backend,
    prisma: backend.db.prisma,
    boss,
    worker,
    smtp,
    async close() {
      await worker.stop();
      await boss.stop({ graceful: false, timeout: 1000 });
      await backend.cleanUp();
      await smtp.close();
    },
  };
}
