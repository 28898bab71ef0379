import type { PgBoss } from "pg-boss";
import { startQueue } from "@/lib/background-jobs";
import { migrate } from "@/lib/db/migrate";

import { createDraft, loadDraft, saveStep } from "@/lib/referrals/draft";
import { draftTokenHash } from "@/lib/referrals/draft-cookie";
import { REFERENCE_PATTERN } from "@/lib/referrals/reference";
import { STEP_SCHEMAS } from "@/lib/referrals/schema";
import { submitReferral } from "@/lib/referrals/submit-referral";
import { queueNewReferralEmails } from "@/lib/referrals/delivery/queue-new-referrals";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { ANSWERS, completeDraft } from "../support/referral-fixtures";

describe.each(BACKENDS)("submitting a referral on %s", (kind) => {
  let backend: TestBackend;
  let boss: PgBoss;

  beforeAll(async () => {
    backend = await openBackend(kind, `submit_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    boss = await startQueue(backend.db);
  });
  afterAll(async () => {
    await boss.stop({ graceful: false, timeout: 1000 });
    await backend.cleanUp();
  });

  it("turns a complete draft into one referral that owes its emails, and deletes the draft", async () => {
    const prisma = backend.db.prisma;
    const { token, tokenHash } = await completeDraft(prisma);
    const result = await submitReferral(backend.db, tokenHash);
    expect(result).toMatchObject({ alreadySubmitted: false });
    expect(result.reference).toMatch(REFERENCE_PATTERN);

    const referral = await prisma.referral.findUniqueOrThrow({ where: { id: result.referralId } });
    expect(referral).toMatchObject({
      reference: result.reference,
      status: "NEW",
      fullName: ANSWERS["about-you"].fullName,
      crimeType: "burglary",
      heardAbout: "leaflet",
      sensitive: false,
      providerEmailStatus: "PENDING",
      victimEmailStatus: "PENDING",
      consentVersion: expect.any(String),
    });
    // Stored exactly as typed, markup and all.
    expect((referral.answers as Record<string, Record<string, unknown>>)["what-happened"]!.description).toBe(
      "They broke in & took <things>",
    );
    expect(await loadDraft(prisma, token)).toBeNull();
    // The first-contact target: two working days after it arrived.
    expect(referral.firstContactDueAt!.getTime() - referral.createdAt.getTime()).toBeGreaterThanOrEqual(
      2 * 24 * 3600_000,
    );

    // Its emails are owed by the row, and queued by the worker's next pass, once.
    const jobs = async (name: string) => boss.findJobs(name, { data: { referralId: referral.id } });
    const owed = () => prisma.referralEmailsToQueue.count({ where: { referralId: referral.id } });
    expect(await owed()).toBe(1);
    expect(await jobs("deliver-referral")).toHaveLength(0);
    expect(await queueNewReferralEmails(backend.db, boss)).toBeGreaterThanOrEqual(1);
    expect(await queueNewReferralEmails(backend.db, boss)).toBe(0);
    const delivery = await jobs("deliver-referral");
    expect(delivery).toHaveLength(1);
    expect(await jobs("victim-confirmation")).toHaveLength(1);
    expect(await jobs("referrer-confirmation")).toHaveLength(0);
    expect(await owed()).toBe(0);
    // Jobs carry the id only, never the answers.
    expect(delivery[0]!.data).toEqual({ referralId: referral.id });
  });

  it("makes one referral when the same draft is submitted twice at once, and gives both the same reference", async () => {
    const prisma = backend.db.prisma;
    const { tokenHash } = await completeDraft(prisma);
    const results = await Promise.all([
      submitReferral(backend.db, tokenHash),
      submitReferral(backend.db, tokenHash),
      submitReferral(backend.db, tokenHash),
    ]);
    const references = results.map((r) => r.reference);
    expect(new Set(references).size).toBe(1);
    expect(results.filter((r) => !r.alreadySubmitted)).toHaveLength(1);
    expect(await prisma.referral.count({ where: { idempotencyKey: tokenHash } })).toBe(1);
    // And once more later, as after Back and submit again.
    const again = await submitReferral(backend.db, tokenHash);
    expect(again).toMatchObject({ alreadySubmitted: true, reference: references[0] });
  });

  it("makes no referral without consent", async () => {
    const prisma = backend.db.prisma;
    const { tokenHash } = await completeDraft(prisma);
    const row = await prisma.referralDraft.findUniqueOrThrow({ where: { tokenHash } });
    const answers = row.answers as Record<string, unknown>;
    delete answers.consent;
    await prisma.referralDraft.update({ where: { tokenHash }, data: { answers: answers as never } });
    await expect(submitReferral(backend.db, tokenHash)).rejects.toMatchObject({ code: "send.no-consent" });
    expect(await prisma.referral.count({ where: { idempotencyKey: tokenHash } })).toBe(0);
  });

  it("makes no referral from an incomplete draft, and says which steps are missing", async () => {
    const prisma = backend.db.prisma;
    const token = await createDraft(prisma, "test");
    const draft = (await loadDraft(prisma, token))!;
    await saveStep(
      prisma,
      draft,
      "about-you",
      STEP_SCHEMAS["about-you"].parse(ANSWERS["about-you"]) as Record<string, unknown>,
    );
    await expect(submitReferral(backend.db, draftTokenHash(token))).rejects.toMatchObject({
      code: "send.unanswered",
      steps: ["safe-contact", "what-happened", "person-responsible", "what-you-would-like", "support"],
    });
    // Nothing was taken: the draft is still there to finish.
    expect(await loadDraft(prisma, token)).not.toBeNull();
  });

  it("sends nothing sooner after consent than a person could answer, and keeps the draft", async () => {
    const prisma = backend.db.prisma;
    const { token, tokenHash } = await completeDraft(prisma);
    await expect(
      submitReferral(backend.db, tokenHash, { firstContactWorkingDays: 2, minSecondsBeforeSending: 60 }),
    ).rejects.toMatchObject({ code: "send.too-soon" });
    expect(await loadDraft(prisma, token)).not.toBeNull();
    expect(await prisma.referral.count({ where: { idempotencyKey: tokenHash } })).toBe(0);
    const later = new Date(Date.now() + 61_000);
    expect(
      await submitReferral(backend.db, tokenHash, {
        firstContactWorkingDays: 2,
        minSecondsBeforeSending: 60,
        now: later,
      }),
    ).toMatchObject({ alreadySubmitted: false });
  });

  it("tries another reference when one is already in use, instead of counting first", async () => {
    const prisma = backend.db.prisma;
    const first = await submitReferral(backend.db, (await completeDraft(prisma)).tokenHash);
    const offered = [first.reference, first.reference, "RJ-XXXX-YYYY"];
    const second = await submitReferral(backend.db, (await completeDraft(prisma)).tokenHash, {
      firstContactWorkingDays: 2,
      newReference: () => offered.shift()!,
    });
    expect(second).toMatchObject({ reference: "RJ-XXXX-YYYY", alreadySubmitted: false });
    expect(offered).toEqual([]);
  });

  it("makes no referral for someone under 18", async () => {
    const prisma = backend.db.prisma;
    const { tokenHash } = await completeDraft(prisma, { "about-you": { over18: "no" } });
    await expect(submitReferral(backend.db, tokenHash)).rejects.toMatchObject({
      code: "send.unanswered",
      steps: ["about-you"],
    });
  });

  it("refuses a draft that has expired or never existed", async () => {
    const prisma = backend.db.prisma;
    const { tokenHash } = await completeDraft(prisma);
    await prisma.referralDraft.update({ where: { tokenHash }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(submitReferral(backend.db, tokenHash)).rejects.toMatchObject({ code: "send.no-draft" });
    await expect(submitReferral(backend.db, "f".repeat(64))).rejects.toMatchObject({ code: "send.no-draft" });
  });

  it("marks hate crime, domestic abuse and sexual violence as sensitive", async () => {
    const prisma = backend.db.prisma;
    const { tokenHash } = await completeDraft(prisma, { "what-happened": { crimeType: "hateCrime" } });
    const result = await submitReferral(backend.db, tokenHash);
    expect((await prisma.referral.findUniqueOrThrow({ where: { id: result.referralId } })).sensitive).toBe(true);
  });
});
