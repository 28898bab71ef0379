/**
 * The worker's pass that queues new referrals' emails (issue 24): each email a
 * referral owes is queued once, by however many workers, and a pass that
 * fails leaves them owed rather than lost.
 */
import type { PgBoss } from "pg-boss";
import { startQueue } from "@/lib/background-jobs";
import type { Database } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { queueNewReferralEmails } from "@/lib/referrals/delivery/queue-new-referrals";
import { submitReferral } from "@/lib/referrals/submit-referral";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { completeDraftForSomeone } from "../support/on-behalf-fixtures";
import { completeDraft } from "../support/referral-fixtures";

describe.each(BACKENDS)("queueing new referrals' emails on %s", (kind) => {
  let backend: TestBackend;
  let boss: PgBoss;

  beforeAll(async () => {
    backend = await openBackend(kind, `queue_new_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    boss = await startQueue(backend.db);
  });
  afterAll(async () => {
    await boss.stop({ graceful: false, timeout: 1000 });
    await backend.cleanUp();
  });

  /** Sends `count` referrals of each kind: confirmation asked for, not asked for, and asked by a referrer with an email. */
  async function sendReferrals(count: number) {
    const prisma = backend.db.prisma;
    const made = { confirmed: [] as string[], unconfirmed: [] as string[], referred: [] as string[] };
    for (let i = 0; i < count; i += 1) {
      const confirmed = await completeDraft(prisma);
      made.confirmed.push((await submitReferral(backend.db, confirmed.tokenHash)).referralId);
      const unconfirmed = await completeDraft(prisma, { "safe-contact": { emailConfirmation: "no" } });
      made.unconfirmed.push((await submitReferral(backend.db, unconfirmed.tokenHash)).referralId);
      const referred = await completeDraftForSomeone(prisma);
      made.referred.push((await submitReferral(backend.db, referred.tokenHash)).referralId);
    }
    return made;
  }

  /** How many of these referrals still have their emails to queue. */
  const owed = (ids: string[]) => backend.db.prisma.referralEmailsToQueue.count({ where: { referralId: { in: ids } } });

  /** How many jobs of each queue each referral has. */
  async function jobsOf(ids: string[]): Promise<Map<string, Record<string, number>>> {
    const rows = await backend.db.withSession((s) =>
      s.query<{ id: string; name: string; n: number }>(
        `SELECT data->>'referralId' AS id, name, count(*)::int AS n FROM pgboss.job
          WHERE data->>'referralId' = ANY($1::text[]) GROUP BY 1, 2`,
        [ids],
      ),
    );
    const byReferral = new Map(ids.map((id) => [id, {} as Record<string, number>]));
    for (const row of rows) byReferral.get(row.id)![row.name] = row.n;
    return byReferral;
  }

  it("queues each email a referral owes once, with several passes at once", async () => {
    const made = await sendReferrals(4);
    const all = [...made.confirmed, ...made.unconfirmed, ...made.referred];
    expect([...(await jobsOf(all)).values()].every((jobs) => Object.keys(jobs).length === 0)).toBe(true);

    // Three workers, each taking small batches until nothing is left.
    const worker = async () => {
      let queued = 0;
      for (let n = -1; n !== 0; queued += n) n = await queueNewReferralEmails(backend.db, boss, 3);
      return queued;
    };
    const queued = await Promise.all([worker(), worker(), worker()]);
    expect(queued.reduce((a, b) => a + b, 0)).toBe(all.length);

    const jobs = await jobsOf(all);
    for (const id of made.confirmed) expect(jobs.get(id)).toEqual({ "deliver-referral": 1, "victim-confirmation": 1 });
    for (const id of made.unconfirmed) expect(jobs.get(id)).toEqual({ "deliver-referral": 1 });
    for (const id of made.referred)
      expect(jobs.get(id)).toEqual({
        "deliver-referral": 1,
        "victim-confirmation": 1,
        "referrer-confirmation": 1,
      });
    expect(await owed(all)).toBe(0);
    expect(await queueNewReferralEmails(backend.db, boss)).toBe(0);
  });

  it("leaves the emails owed, and queues nothing, when a pass fails before it commits", async () => {
    const made = await sendReferrals(1);
    const all = [...made.confirmed, ...made.unconfirmed, ...made.referred];
    // The pass does all its work, then the connection fails before COMMIT.
    const failing: Pick<Database, "withWriteTransaction"> = {
      withWriteTransaction: (fn) =>
        backend.db.withWriteTransaction(async (tx) => {
          await fn(tx);
          throw new Error("connection lost before commit");
        }),
    };
    await expect(queueNewReferralEmails(failing, boss)).rejects.toThrow("connection lost before commit");
    expect([...(await jobsOf(all)).values()].every((jobs) => Object.keys(jobs).length === 0)).toBe(true);
    expect(await owed(all)).toBe(3);

    expect(await queueNewReferralEmails(backend.db, boss)).toBe(3);
    expect((await jobsOf(all)).get(made.confirmed[0]!)).toEqual({ "deliver-referral": 1, "victim-confirmation": 1 });
  });

  it("has nothing left to queue for a referral erased before its emails were queued", async () => {
    const made = await sendReferrals(1);
    await backend.db.prisma.referral.delete({ where: { id: made.referred[0]! } });
    expect(await owed(made.referred)).toBe(0);
    expect(await queueNewReferralEmails(backend.db, boss)).toBe(2);
    expect((await jobsOf(made.referred)).get(made.referred[0]!)).toEqual({});
  });
});
