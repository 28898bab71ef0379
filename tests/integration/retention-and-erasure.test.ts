import { AppError } from "@/lib/errors/app-error";
import { startQueue } from "@/lib/background-jobs";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { eraseOnRequest } from "@/lib/admin/erasure/erase-referral";
import { previewRetention, runRetention, runRetentionNow } from "@/lib/admin/erasure/retention";
import { findPersonReferrals, subjectAccessBundle } from "@/lib/admin/subject-access";
import { migrate } from "@/lib/db/migrate";

import { QUEUE } from "@/lib/background-jobs";
import { listAudit } from "@/lib/workspace/audit-log";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { insertReferral } from "../support/referral-rows";
import { halfSignedIn, signedInStaff } from "../support/staff-fixtures";

const DAY = 86_400_000;
const POLICY = { closedDays: 730, withdrawnDays: 90 };
const NOW = new Date("2026-11-26T12:00:00Z");
const daysBefore = (days: number, from = NOW) => new Date(from.getTime() - days * DAY);

describe.each(BACKENDS)("retention, erasure and subject access on %s", (kind) => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let admin: AuthorisedStaff;
  let staff: AuthorisedStaff;

  beforeAll(async () => {
    backend = await openBackend(kind, `retention_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
    admin = await signedInStaff(prisma, "ADMIN", "ada@provider.example");
    staff = await signedInStaff(prisma, "STAFF", "sam@provider.example");
  });
  afterAll(() => backend.cleanUp());
  beforeEach(() =>
    backend.db.withSession((s) =>
      s.exec("SET rj.erasing = 'on'; DELETE FROM referrals; DELETE FROM referral_figures; RESET rj.erasing;"),
    ),
  );

  const closed = (days: number, extra: Parameters<typeof insertReferral>[1] = {}) =>
    insertReferral(prisma, {
      status: "CLOSED",
      createdAt: daysBefore(days + 20),
      closedAt: daysBefore(days),
      closureReason: "completed",
      firstContactAt: daysBefore(days + 19),
      crimeType: "theft",
      heardAbout: "police",
      ...extra,
    });

  it("erases each referral when its period ends (shifted clock), keeps anonymous figures, audits each erasure, and leaves open cases alone", async () => {
    const completed = await closed(100);
    const withdrawn = await closed(100, { closureReason: "victimWithdrew", firstContactAt: null });
    const withdrawnAfterContact = await closed(100, { closureReason: "victimWithdrew" });
    const open = await insertReferral(prisma, { status: "CONTACTING", createdAt: daysBefore(3000) });
    await prisma.referralEvent.create({
      data: { referralId: completed.id, type: "NOTE", text: "Spoke to them", actorId: staff.userId },
    });

    const today = await previewRetention(prisma, admin, POLICY, NOW);
    expect(today.total).toBe(1);
    expect(today.rows.map((r) => [r.reference, r.rule])).toEqual([[withdrawn.reference, "withdrawn-before-contact"]]);
    expect(await runRetention(prisma, POLICY, { actorId: null, now: NOW })).toEqual({ erased: 1 });
    expect(await prisma.referral.findUnique({ where: { id: withdrawn.id } })).toBeNull();

    // Two years on, the completed case and the one withdrawn after contact are due; the open one never is.
    const later = new Date(NOW.getTime() + 640 * DAY);
    const preview = await previewRetention(prisma, admin, POLICY, later);
    expect(preview.rows.map((r) => r.reference).sort()).toEqual(
      [completed.reference, withdrawnAfterContact.reference].sort(),
    );
    expect(preview.rows.every((r) => r.rule === "closed" && r.dueAt <= later)).toBe(true);
    expect(await runRetentionNow(prisma, admin, POLICY, "192.0.2.3", later)).toEqual({ erased: 2 });
    expect(await prisma.referral.findMany({ select: { id: true } })).toEqual([{ id: open.id }]);
    expect(await prisma.referralEvent.count()).toBe(0);

    const figures = await prisma.referralFigure.findMany({ orderBy: { closureReason: "asc" } });
    expect(figures).toHaveLength(3);
    expect(figures[0]).toMatchObject({
      crimeType: "theft",
      heardAbout: "police",
      status: "CLOSED",
      closureReason: "completed",
      hoursToFirstContact: 24,
      daysToClose: 20,
      erasure: "retention",
    });
    expect(figures[0]!.receivedMonth.toISOString().slice(8, 10)).toBe("01"); // the month only, never the day
    const erasedAudit = await prisma.auditEvent.findMany({
      where: { action: "referral.erased" },
      orderBy: { id: "asc" },
    });
    expect(erasedAudit.map((a) => (a.details as { reference: string }).reference).sort()).toEqual(
      [withdrawn.reference, completed.reference, withdrawnAfterContact.reference].sort(),
    );
    expect(erasedAudit[0]).toMatchObject({
      actorId: null,
      details: { kind: "retention", rule: "withdrawn-before-contact" },
    });
    expect(erasedAudit[1]).toMatchObject({ actorId: admin.userId, ipAddress: "192.0.2.3" });
    expect(await prisma.auditEvent.count({ where: { action: "retention.run" } })).toBe(2);
  });

  it("removes the queue's jobs about an erased referral, and only those", async () => {
    const boss = await startQueue(backend.db);
    try {
      const erased = await insertReferral(prisma, { status: "ASSESSING" });
      const kept = await insertReferral(prisma, { status: "ASSESSING" });
      await boss.send(QUEUE.deliverReferral, { referralId: erased.id });
      await boss.send(QUEUE.victimConfirmation, { referralId: erased.id });
      await boss.send(QUEUE.deliverReferral, { referralId: kept.id });
      const jobsFor = async (id: string) =>
        Number(
          (
            await backend.db.withSession((s) =>
              s.query<{ n: string }>("SELECT count(*) AS n FROM pgboss.job WHERE data->>'referralId' = $1", [id]),
            )
          )[0]!.n,
        );
      expect(await jobsFor(erased.id)).toBe(2);
      expect(
        await eraseOnRequest(prisma, admin, {
          referralId: erased.id,
          confirmReference: erased.reference,
          reason: "Asked in writing",
        }),
      ).toEqual({ reference: erased.reference });
      expect(await jobsFor(erased.id)).toBe(0);
      expect(await jobsFor(kept.id)).toBe(1);
    } finally {
      await boss.stop({ graceful: false, timeout: 1000 });
    }
  });

  it("leaves alone a case reopened after the preview", async () => {
    const reopened = await closed(800);
    expect((await previewRetention(prisma, admin, POLICY, NOW)).total).toBe(1);
    await prisma.referral.update({ where: { id: reopened.id }, data: { status: "CONTACTING", closedAt: null } });
    expect(await runRetention(prisma, POLICY, { actorId: null, now: NOW })).toEqual({ erased: 0 });
    expect(await prisma.referral.count()).toBe(1);
  });

  it("erases one referral on request, with a reason and the reference typed again", async () => {
    const referral = await insertReferral(prisma, {
      fullName: "Wren Calloway",
      status: "ASSESSING",
      createdAt: daysBefore(3),
      firstContactAt: new Date(daysBefore(3).getTime() + 5 * 3_600_000),
    });
    await prisma.referralEvent.create({
      data: { referralId: referral.id, type: "NOTE", text: "A note", actorId: staff.userId },
    });
    await expect(
      eraseOnRequest(prisma, admin, {
        referralId: referral.id,
        confirmReference: "RJ-AAAA-AAAA",
        reason: "Asked by phone",
      }),
    ).rejects.toMatchObject({ code: "erase.reference", field: "confirmReference" });
    expect(await prisma.referral.count()).toBe(1);
    expect(
      await eraseOnRequest(prisma, admin, {
        referralId: referral.id,
        confirmReference: referral.reference.toLowerCase(),
        reason: "Asked by phone",
        ipAddress: "192.0.2.4",
      }),
    ).toEqual({ reference: referral.reference });
    expect(await prisma.referral.count()).toBe(0);
    expect(await prisma.referralEvent.count()).toBe(0);
    expect(await prisma.referralFigure.findFirst()).toMatchObject({
      status: "ASSESSING",
      erasure: "request",
      hoursToFirstContact: 5,
    });
    const audit = await prisma.auditEvent.findFirst({ where: { action: "referral.erased", referralId: referral.id } });
    expect(audit).toMatchObject({
      actorId: admin.userId,
      ipAddress: "192.0.2.4",
      details: { reference: referral.reference, kind: "request", reason: "Asked by phone" },
    });
    expect(JSON.stringify(audit, (_key, value) => (typeof value === "bigint" ? String(value) : value))).not.toContain(
      "Wren",
    );
    await expect(
      eraseOnRequest(prisma, admin, { referralId: referral.id, confirmReference: referral.reference, reason: "again" }),
    ).rejects.toMatchObject({ code: "erase.not-found" });
    // The audit trail still says which referral it was.
    const trail = await listAudit(prisma, admin, { action: "referral.erased" });
    expect(trail.rows.find((row) => row.referralId === referral.id)).toMatchObject({
      erased: true,
      reference: `${referral.reference} (erased)`,
    });
  });

  it("finds a person's referrals by reference, email or phone, and bundles everything held about one", async () => {
    const mine = await insertReferral(prisma, {
      fullName: "Wren Calloway",
      createdAt: new Date("2026-10-01T09:00:00Z"),
      answers: {
        "safe-contact": {
          emailAddress: "Wren@Example.com",
          phoneNumber: "0151 496 0000",
          contactMethods: ["phone", "email"],
        },
        "what-happened": { description: "Broke the gate" },
      },
    });
    const second = await insertReferral(prisma, {
      fullName: "Wren Calloway",
      answers: {
        "safe-contact": {
          mobileNumber: "+44 7700 900123",
          phoneNumber: undefined,
          emailAddress: undefined,
          contactMethods: ["text"],
        },
      },
    });
    await insertReferral(prisma, {
      fullName: "Someone Else",
      answers: { "safe-contact": { emailAddress: "other@example.com", phoneNumber: "0151 496 0001" } },
    });
    await prisma.referralEvent.create({
      data: { referralId: mine.id, type: "NOTE", text: "Called after 6pm", actorId: staff.userId },
    });

    expect(
      (await findPersonReferrals(prisma, admin, { by: "email", term: " wren@example.COM " })).map((r) => r.reference),
    ).toEqual([mine.reference]);
    expect(
      (await findPersonReferrals(prisma, admin, { by: "phone", term: "+44 151 496 0000" })).map((r) => r.reference),
    ).toEqual([mine.reference]);
    expect(
      (await findPersonReferrals(prisma, admin, { by: "phone", term: "07700900123" })).map((r) => r.reference),
    ).toEqual([second.reference]);
    expect(
      (await findPersonReferrals(prisma, admin, { by: "phone", term: "+44 (0)151 4960000" })).map((r) => r.reference),
    ).toEqual([mine.reference]);
    expect(
      (await findPersonReferrals(prisma, admin, { by: "reference", term: mine.reference.toLowerCase() })).map(
        (r) => r.id,
      ),
    ).toEqual([mine.id]);
    const searches = await prisma.auditEvent.findMany({ where: { action: "subject-access.searched" } });
    expect(JSON.stringify(searches, (_key, value) => (typeof value === "bigint" ? String(value) : value))).not.toMatch(
      /wren|0151|07700|RJ-/i,
    );

    const bundle = (await subjectAccessBundle(prisma, admin, mine.id, "json", "192.0.2.5"))!;
    expect(bundle.reference).toBe(mine.reference);
    expect(bundle.answers).toEqual(
      expect.arrayContaining([
        { section: "About you", question: "Full name", answer: "Wren Calloway" },
        expect.objectContaining({ question: "Email address", answer: "Wren@Example.com" }),
      ]),
    );
    expect(bundle.history).toEqual([
      expect.objectContaining({ what: "Note", by: "A member of staff", text: "Called after 6pm" }),
    ]);
    expect(JSON.stringify(bundle)).not.toContain("sam@provider.example");
    expect(JSON.stringify(bundle)).not.toContain(staff.name);
    expect(
      await prisma.auditEvent.count({
        where: { action: "subject-access.downloaded", referralId: mine.id, ipAddress: "192.0.2.5" },
      }),
    ).toBe(1);
    expect(await subjectAccessBundle(prisma, admin, "not-a-uuid", "json")).toBeNull();
  });

  it("refuses staff, half-signed-in administrators and anonymous callers", async () => {
    const referral = await closed(800);
    const before = await prisma.auditEvent.count();
    for (const who of [staff, halfSignedIn(admin), null]) {
      const caller = who as AuthorisedStaff;
      await expect(previewRetention(prisma, caller, POLICY, NOW)).rejects.toBeInstanceOf(AppError);
      await expect(runRetentionNow(prisma, caller, POLICY, undefined, NOW)).rejects.toBeInstanceOf(AppError);
      await expect(
        eraseOnRequest(prisma, caller, { referralId: referral.id, confirmReference: referral.reference, reason: "x" }),
      ).rejects.toBeInstanceOf(AppError);
      await expect(
        findPersonReferrals(prisma, caller, { by: "reference", term: referral.reference }),
      ).rejects.toBeInstanceOf(AppError);
      await expect(subjectAccessBundle(prisma, caller, referral.id, "json")).rejects.toBeInstanceOf(AppError);
    }
    expect(await prisma.referral.count()).toBe(1);
    expect(await prisma.auditEvent.count()).toBe(before);
  });

  it("deletes the email files written about a referral when it is erased, by retention and on request, and no others", async () => {
    const { createFileTransport, withStableMessageId } = await import("@/lib/email/transport");
    const { readdirSync } = await import("node:fs");
    const mailDir = backend.settings.dataDir;
    const files = createFileTransport(mailDir);
    const message = {
      from: "Service <no-reply@service.example>",
      to: "provider@provider.example",
      subject: "New request",
      text: "Every answer",
      html: "<p>Every answer</p>",
    };
    const write = (referralId: string, jobId: string) =>
      withStableMessageId(files, { id: jobId, data: { referralId } }, message.from).send(message);
    const expired = await closed(800);
    const asked = await insertReferral(prisma, { status: "NEW" });
    const kept = await insertReferral(prisma, { status: "NEW" });
    await write(expired.id, "00000000-0000-4000-8000-000000000001");
    await write(asked.id, "00000000-0000-4000-8000-000000000002");
    await write(asked.id, "00000000-0000-4000-8000-000000000003");
    await write(kept.id, "00000000-0000-4000-8000-000000000004");
    const names = () => readdirSync(`${mailDir}/mail`);
    expect(names()).toHaveLength(4);

    await runRetention(prisma, POLICY, { actorId: null, now: NOW, mailDataDir: mailDir });
    expect(names().some((n) => n.includes(expired.id))).toBe(false);
    await eraseOnRequest(prisma, admin, {
      referralId: asked.id,
      confirmReference: asked.reference,
      reason: "Asked online",
      mailDataDir: mailDir,
    });
    expect(names()).toEqual([expect.stringContaining(kept.id)]);
  });
});
