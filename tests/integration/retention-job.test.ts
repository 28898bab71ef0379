import type { PgBoss } from "pg-boss";
import { startQueue, startWorker, type RunningWorker } from "@/lib/background-jobs";
import { migrate } from "@/lib/db/migrate";

import { QUEUE } from "@/lib/background-jobs";
import { RETENTION_SCHEDULE } from "@/lib/admin/erasure/retention";

import { openBackend, type TestBackend } from "../support/backends";
import { insertReferral } from "../support/referral-rows";
import { waitFor } from "../support/wait";
import { testWorkerSettings } from "../support/worker-settings";

describe("the daily retention job", () => {
  let backend: TestBackend;
  let boss: PgBoss;
  let worker: RunningWorker;

  beforeAll(async () => {
    backend = await openBackend("postgres", "retention_job");
    await backend.db.withSession((s) => migrate(s));
    boss = await startQueue(backend.db);
    worker = await startWorker(
      boss,
      backend.db,
      testWorkerSettings(backend.settings.dataDir, { retentionClosedDays: 365, retentionWithdrawnDays: 30 }),
      {
        pollingIntervalSeconds: 0.5,
      },
    );
  });
  afterAll(async () => {
    await worker.stop();
    await boss.stop({ graceful: false, timeout: 1000 });
    await backend.cleanUp();
  });

  it("is scheduled for 03:00 UK time, and a run erases what is past the configured period", async () => {
    const schedules = await boss.getSchedules(QUEUE.eraseExpiredReferrals);
    expect(schedules).toEqual([expect.objectContaining({ cron: RETENTION_SCHEDULE.cron, timezone: "Europe/London" })]);

    const day = 86_400_000;
    const old = await insertReferral(backend.db.prisma, {
      status: "CLOSED",
      closureReason: "completed",
      closedAt: new Date(Date.now() - 400 * day),
      createdAt: new Date(Date.now() - 420 * day),
    });
    const recent = await insertReferral(backend.db.prisma, {
      status: "CLOSED",
      closureReason: "completed",
      closedAt: new Date(Date.now() - 200 * day),
    });
    await boss.send(QUEUE.eraseExpiredReferrals, {});
    await waitFor(
      async () => ((await backend.db.prisma.referral.count({ where: { id: old.id } })) === 0 ? true : undefined),
      20_000,
      "the old referral to be erased",
    );
    expect(await backend.db.prisma.referral.count({ where: { id: recent.id } })).toBe(1);
    expect(await backend.db.prisma.auditEvent.count({ where: { action: "referral.erased", actorId: null } })).toBe(1);
  });
});
