import pg from "pg";
import { z } from "zod";
import { startQueue } from "@/lib/background-jobs";
import type { PgBoss } from "pg-boss";
import { migrate } from "@/lib/db/migrate";
import { enqueueInTransaction } from "@/lib/jobs/queue";
import { deliverReferralJob } from "@/lib/referrals/delivery/deliver-referral-job";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { waitFor } from "../support/wait";

const FAST = { pollingIntervalSeconds: 0.5 };

describe.each(BACKENDS)("job queue on %s", (kind) => {
  let backend: TestBackend;
  let boss: PgBoss;

  beforeAll(async () => {
    backend = await openBackend(kind, `queue_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    boss = await startQueue(backend.db, {
      extraQueues: {
        "test-rollback": { retryLimit: 0 },
        "test-commit": { retryLimit: 0 },
        "test-flaky": { retryLimit: 3, retryDelay: 1, retryBackoff: false },
      },
    });
  });
  afterAll(async () => {
    await boss.stop({ graceful: false, timeout: 1000 });
    await backend.cleanUp();
  });

  it("never runs a job whose transaction rolled back, and runs one whose transaction committed", async () => {
    const seen: string[] = [];
    await boss.work<{ label: string }>("test-rollback", FAST, async (jobs) => {
      for (const job of jobs) seen.push(job.data.label);
    });
    await boss.work<{ label: string }>("test-commit", FAST, async (jobs) => {
      for (const job of jobs) seen.push(job.data.label);
    });

    const prisma = backend.db.prisma;
    const labelled = (name: string) => ({ name, payload: z.object({ label: z.string() }), policy: {} });
    await expect(
      prisma.$transaction(async (tx) => {
        await enqueueInTransaction(boss, tx, labelled("test-rollback"), { label: "rolled back" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");

    let committedId = "";
    await prisma.$transaction(async (tx) => {
      await tx.referralDraft.create({ data: { tokenHash: "a".repeat(64), expiresAt: new Date(Date.now() + 60_000) } });
      committedId = await enqueueInTransaction(boss, tx, labelled("test-commit"), { label: "committed" });
    });

    await waitFor(() => (seen.includes("committed") ? true : undefined), 15_000, "the committed job");
    // The rolled-back job was never stored, so there is nothing for any worker to find.
    expect(await boss.findJobs("test-rollback")).toEqual([]);
    expect((await boss.getJobById("test-commit", committedId))?.state).toBe("completed");
    expect(seen).toEqual(["committed"]);
    // Data its definition cannot read is never added at all.
    await expect(
      prisma.$transaction((tx) => enqueueInTransaction(boss, tx, labelled("test-commit"), { label: 42 } as never)),
    ).rejects.toThrow();
  });

  it("retries a job that throws until it succeeds", async () => {
    let attempts = 0;
    await boss.work("test-flaky", FAST, async () => {
      attempts += 1;
      if (attempts < 3) throw new Error(`attempt ${attempts} failed`);
    });
    const id = await boss.send("test-flaky", { n: 1 });
    const job = await waitFor(
      async () => {
        const found = await boss.getJobById("test-flaky", id!);
        return found?.state === "completed" ? found : undefined;
      },
      20_000,
      "the flaky job to complete",
    );
    expect(attempts).toBe(3);
    expect(job.retryCount).toBe(2);
  });

  it("sends no NOTIFY for a new job, even on a queue made when it did (issue 24: workers poll)", async () => {
    await boss.updateQueue(deliverReferralJob.name, { notify: true });
    // Starting again (a deploy of this version) sets every queue's policy, NOTIFY off.
    const restarted = await startQueue(backend.db);
    try {
      expect((await restarted.getQueue(deliverReferralJob.name))?.notify).toBe(false);
      if (kind !== "postgres") return; // PGlite has no LISTEN/NOTIFY to hear
      const listener = new pg.Client({ connectionString: backend.settings.databaseUrl });
      await listener.connect();
      try {
        const heard: string[] = [];
        listener.on("notification", (message) => heard.push(message.channel));
        const [{ channel }] = (
          await listener.query<{ channel: string }>(
            "SELECT 'pgboss_' || left(encode(sha224('pgboss'::bytea), 'hex'), 24) AS channel",
          )
        ).rows as [{ channel: string }];
        await listener.query(`LISTEN "${channel}"`);
        await backend.db.prisma.$transaction((tx) =>
          enqueueInTransaction(restarted, tx, deliverReferralJob, { referralId: crypto.randomUUID() }),
        );
        // A notification committed before a query is delivered before that query's answer.
        await listener.query("SELECT 1");
        await listener.query("SELECT 1");
        expect(heard).toEqual([]);
        // The same listener does hear a NOTIFY on that channel: the check above could fail.
        await backend.db.prisma.$executeRawUnsafe(`NOTIFY "${channel}", 'probe'`);
        await listener.query("SELECT 1");
        expect(heard).toEqual([channel]);
      } finally {
        await listener.end();
      }
    } finally {
      await restarted.stop({ graceful: false, timeout: 1000 });
    }
  });
});
