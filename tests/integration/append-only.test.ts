import { migrate } from "@/lib/db/migrate";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";

describe.each(BACKENDS)("append-only tables on %s", (kind) => {
  let backend: TestBackend;
  beforeAll(async () => {
    backend = await openBackend(kind, `append_${kind}`);
    await backend.db.withSession((s) => migrate(s));
  });
  afterAll(() => backend.cleanUp());

  it("refuse any change to or deletion of an audit event", async () => {
    const prisma = backend.db.prisma;
    const event = await prisma.auditEvent.create({ data: { action: "test.event", details: { n: 1 } } });
    await expect(prisma.auditEvent.update({ where: { id: event.id }, data: { action: "changed" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe("DELETE FROM audit_events")).rejects.toThrow(/append-only/);
    expect((await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe("test.event");
  });

  it("let a referral's timeline go only with the referral, during an erasure", async () => {
    const prisma = backend.db.prisma;
    const referral = await prisma.referral.create({
      data: {
        reference: "RJ-TEST-0001",
        consentGivenAt: new Date(),
        consentVersion: "test",
        answers: {},
        fullName: "Test",
        crimeType: "theft",
        idempotencyKey: "e".repeat(64),
      },
    });
    const event = await prisma.referralEvent.create({
      data: { referralId: referral.id, type: "NOTE", text: "A note" },
    });
    await expect(prisma.referralEvent.update({ where: { id: event.id }, data: { text: "Edited" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(prisma.referral.delete({ where: { id: referral.id } })).rejects.toThrow(/append-only/);

    await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL rj.erasing = 'on'");
      await tx.referral.delete({ where: { id: referral.id } });
    });
    expect(await prisma.referralEvent.count({ where: { referralId: referral.id } })).toBe(0);
    // The setting ended with its transaction.
    const other = await prisma.referral.create({
      data: {
        reference: "RJ-TEST-0002",
        consentGivenAt: new Date(),
        consentVersion: "test",
        answers: {},
        fullName: "Test",
        crimeType: "theft",
        idempotencyKey: "d".repeat(64),
        events: { create: { type: "NOTE", text: "Another" } },
      },
    });
    await expect(prisma.referral.delete({ where: { id: other.id } })).rejects.toThrow(/append-only/);
  });
});
