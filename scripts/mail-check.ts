/**
 * `npm run mail:check [-- --to address]`: queues a dull test message to the
 * provider address (or another), to check that email is delivered. The worker
 * sends it; without SMTP_URL it appears as an .eml file under <DATA_DIR>/mail/.
 */
import { startQueue } from "@/lib/background-jobs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { env } from "@/lib/env";
import { closeDatabase, getDatabase } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { enqueue } from "@/lib/jobs/queue";
import { JOBS } from "@/lib/background-jobs";
import type { SendEmailJob } from "@/lib/jobs/send-email-job";

async function main(): Promise<void> {
  const settings = env();
  const { values } = parseArgs({ options: { to: { type: "string" } } });
  const to = values.to ?? settings.providerEmail;
  if (!z.email().safeParse(to).success) throw new Error("--to must be an email address, like referrals@example.org");
  const db = await getDatabase();
  await db.withSession((session) => migrate(session));
  const boss = await startQueue(db);
  try {
    const job: SendEmailJob = {
      template: "mail-check",
      to,
      params: { requestedAt: new Date().toISOString(), appUrl: settings.appUrl },
    };
    const id = await enqueue(boss, JOBS.sendEmail, job);
    console.log(
      `Queued test message ${id}. The worker will send it${settings.smtpUrl ? "" : ` as a file in ${settings.dataDir}/mail/`}.`,
    );
  } finally {
    await boss.stop({ graceful: false, timeout: 1000 });
    await closeDatabase();
  }
}

main().catch((error: unknown) => {
  console.error(`Cannot queue the test message: ${error instanceof Error ? error.message : "unknown error"}`);
  process.exit(1);
});
