import type { PgBoss } from "pg-boss";
import { startQueue } from "@/lib/background-jobs";
import { migrate } from "@/lib/db/migrate";

import { QUEUE } from "@/lib/background-jobs";
import { requeueProviderEmail, sweepLostDeliveries } from "@/lib/workspace/requeue-provider-email";
import { submitReferral } from "@/lib/referrals/submit-referral";
import { queueNewReferralEmails } from "@/lib/referrals/delivery/queue-new-referrals";
import { openBackend, type TestBackend } from "../support/backends";
import { completeDraft } from "../support/referral-fixtures";

describe("referrals whose delivery is lost or failed", () => {
  let backend: TestBackend;
  let boss: PgBoss;

  beforeAll(async () => {
    backend = await openBackend("postgres", "requeue");
    await backend.db.withSession((s) => migrate(s));
    boss = await startQueue(backend.db);
  });
  afterAll(async () => {
    await boss.stop({ graceful: false, timeout: 1000 });
    await backend.cleanUp();
  });

  async function newReferral(): Promise<string> {
    const { tokenHash } = await completeDraft(backend.db.prisma);
    const result = await submitReferral(backend.db, tokenHash);
    await queueNewReferralEmails(backend.db, boss);
    return result.referralId;
  }

  const liveJobs = async (referralId: string) =>
    (await boss.findJobs(QUEUE.deliverReferral, { data: { referralId } })).filter((j) =>
      ["created", "retry", "active"].includes(j.state),
    );

  it("are queued again by the sweep when their job has gone missing, and left alone otherwise", async () => {
    const prisma = backend.db.prisma;
    const lost = await newReferral();
    const fine = await newReferral();
    const [job] = await liveJobs(lost);
    await boss.deleteJob(QUEUE.deliverReferral, job!.id);
    const later = new Date(Date.now() + 60 * 60_000);

    expect(await sweepLostDeliveries(prisma, boss, 30, later)).toEqual([lost]);
    expect(await liveJobs(lost)).toHaveLength(1);
    expect(await liveJobs(fine)).toHaveLength(1);
    // Nothing more to do the second time.
    expect(await sweepLostDeliveries(prisma, boss, 30, later)).toEqual([]);
    // And a recent referral is not touched even if its job is missing.
    const recent = await newReferral();
    await boss.deleteJob(QUEUE.deliverReferral, (await liveJobs(recent))[0]!.id);
    expect(await sweepLostDeliveries(prisma, boss, 30)).toEqual([]);
    // Nor one whose emails are not queued yet: that is the worker's next pass, which would queue it again.
    const { tokenHash } = await completeDraft(prisma);
    const unqueued = (await submitReferral(backend.db, tokenHash)).referralId;
    expect(await sweepLostDeliveries(prisma, boss, 30, later)).not.toContain(unqueued);
    expect(await liveJobs(unqueued)).toHaveLength(0);
    await queueNewReferralEmails(backend.db, boss);
    expect(await liveJobs(unqueued)).toHaveLength(1);
  });

  it("can be sent again after failing for good, but an email already sent is not sent twice", async () => {
    const prisma = backend.db.prisma;
    const failed = await newReferral();
    await prisma.referral.update({ where: { id: failed }, data: { providerEmailStatus: "FAILED" } });
    expect(await requeueProviderEmail(prisma, boss, failed)).toBe(true);
    expect((await prisma.referral.findUniqueOrThrow({ where: { id: failed } })).providerEmailStatus).toBe("PENDING");
    expect(await liveJobs(failed)).toHaveLength(2);

    const sent = await newReferral();
    await prisma.referral.update({ where: { id: sent }, data: { providerEmailStatus: "SENT" } });
    expect(await requeueProviderEmail(prisma, boss, sent)).toBe(false);
  });
});
