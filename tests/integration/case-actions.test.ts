import type { PgBoss } from "pg-boss";
import { createStaffUser } from "@/lib/auth/accounts";
import type { SignedInStaff } from "@/lib/auth/sessions";
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { startQueue } from "@/lib/jobs/queue";
import { submitReferral } from "@/lib/referrals/submit-referral";
import { addNote, recordContactAttempt, setSensitive } from "@/lib/workspace/add-note";
import { assignReferral } from "@/lib/workspace/assign-referral";
import { CONFLICT_MESSAGE } from "@/lib/workspace/case-change";
import { changeStatus } from "@/lib/workspace/change-status";
import { readTimeline } from "@/lib/workspace/timeline";
import { openBackend, type TestBackend } from "../support/backends";
import { completeDraft } from "../support/referral-fixtures";

describe("working a case", () => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let boss: PgBoss;
  let staff: SignedInStaff;
  let admin: SignedInStaff;

  const asStaff = async (role: "STAFF" | "ADMIN", email: string): Promise<SignedInStaff> => {
    const { userId } = await createStaffUser(prisma, { email, name: `${role} person`, role });
    return { sessionHash: "x", userId, email, name: `${role} person`, role, secondFactorDone: true, totpEnrolled: true };
  };

  beforeAll(async () => {
    backend = await openBackend("postgres", "case_actions");
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
    boss = await startQueue(backend.db);
    staff = await asStaff("STAFF", "staff@provider.example");
    admin = await asStaff("ADMIN", "admin@provider.example");
  });
  afterAll(async () => {
    await boss.stop({ graceful: false, timeout: 1000 });
    await backend.cleanUp();
  });

  async function newReferral(changes = {}) {
    const { tokenHash } = await completeDraft(prisma, changes);
    const result = await submitReferral(prisma, boss, tokenHash);
    if (!result.ok) throw new Error("submit failed");
    return result.referralId;
  }

  it("goes from New to Closed with assignment, a contact attempt and a note, and the timeline and audit show every step", async () => {
    const id = await newReferral();
    let version = 0;
    const step = async (result: Promise<{ ok: boolean; version?: number }>) => {
      const outcome = await result;
      expect(outcome).toMatchObject({ ok: true });
      version = outcome.version!;
    };
    await step(assignReferral(prisma, staff, { referralId: id, version, assigneeId: staff.userId }));
    await step(changeStatus(prisma, staff, { referralId: id, version, to: "CONTACTING" }));
    await step(recordContactAttempt(prisma, staff, { referralId: id, version, channel: "phone", outcome: "spokeToVictim", note: "Called after 6pm as asked" }));
    await step(addNote(prisma, staff, { referralId: id, version, text: "Victim would like a letter first" }));
    await step(changeStatus(prisma, staff, { referralId: id, version, to: "ASSESSING" }));
    await step(changeStatus(prisma, staff, { referralId: id, version, to: "IN_PROGRESS" }));
    await step(changeStatus(prisma, staff, { referralId: id, version, to: "CLOSED", closureReason: "completed" }));

    const referral = await prisma.referral.findUniqueOrThrow({ where: { id } });
    expect(referral).toMatchObject({ status: "CLOSED", closureReason: "completed", assignedToId: staff.userId, version: 7 });
    expect(referral.closedAt).not.toBeNull();

    const timeline = await readTimeline(prisma, id);
    expect(timeline.map((e) => e.type)).toEqual(["STATUS_CHANGED", "STATUS_CHANGED", "STATUS_CHANGED", "NOTE", "CONTACT_ATTEMPT", "STATUS_CHANGED", "ASSIGNED"]);
    expect(timeline[0]).toMatchObject({ fromStatus: "IN_PROGRESS", toStatus: "CLOSED", closureReason: "completed", actor: { name: "STAFF person" } });
    const audit = await prisma.auditEvent.findMany({ where: { referralId: id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "referral.assigned", "referral.status-changed", "referral.contact-attempt", "referral.note-added",
      "referral.status-changed", "referral.status-changed", "referral.status-changed",
    ]);

    // Reopening needs a reason.
    expect(await changeStatus(prisma, staff, { referralId: id, version, to: "CONTACTING" })).toMatchObject({ ok: false, code: "invalid", field: "note" });
    expect(await changeStatus(prisma, staff, { referralId: id, version, to: "CONTACTING", note: "Victim called back" })).toMatchObject({ ok: true });
    expect(await prisma.referral.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CONTACTING", closureReason: null, closedAt: null });
  });

  it("refuses invalid moves, and never lets two people overwrite each other", async () => {
    const id = await newReferral();
    expect(await changeStatus(prisma, staff, { referralId: id, version: 0, to: "IN_PROGRESS" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await changeStatus(prisma, staff, { referralId: id, version: 0, to: "CLOSED" })).toMatchObject({ ok: false, field: "closureReason" });

    // Both loaded version 0; both act at once: one wins, the other is told.
    const results = await Promise.all([
      addNote(prisma, staff, { referralId: id, version: 0, text: "First" }),
      addNote(prisma, admin, { referralId: id, version: 0, text: "Second" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, code: "conflict", message: CONFLICT_MESSAGE });
    expect(await prisma.referralEvent.count({ where: { referralId: id } })).toBe(1);
    // A stale version later is refused too.
    expect(await changeStatus(prisma, staff, { referralId: id, version: 0, to: "CONTACTING" })).toMatchObject({ ok: false, code: "conflict" });
  });

  it("lets only an administrator close or unflag a sensitive case", async () => {
    const id = await newReferral({ "what-happened": { crimeType: "domesticAbuse" } });
    expect((await prisma.referral.findUniqueOrThrow({ where: { id } })).sensitive).toBe(true);
    expect(await changeStatus(prisma, staff, { referralId: id, version: 0, to: "CLOSED", closureReason: "victimWithdrew" })).toMatchObject({
      ok: false, message: "Only an administrator can close a sensitive case",
    });
    expect(await setSensitive(prisma, staff, { referralId: id, version: 0, sensitive: false })).toMatchObject({ ok: false });
    expect(await changeStatus(prisma, admin, { referralId: id, version: 0, to: "CLOSED", closureReason: "victimWithdrew" })).toMatchObject({ ok: true });

    const other = await newReferral();
    expect(await setSensitive(prisma, staff, { referralId: other, version: 0, sensitive: true, reason: "Disclosed abuse on the phone" })).toMatchObject({ ok: true });
  });

  it("checks assignments and what is typed", async () => {
    const id = await newReferral();
    expect(await assignReferral(prisma, staff, { referralId: id, version: 0, assigneeId: "00000000-0000-4000-8000-000000000000" })).toMatchObject({ ok: false, field: "assigneeId" });
    expect(await assignReferral(prisma, staff, { referralId: id, version: 0, assigneeId: staff.userId })).toMatchObject({ ok: true });
    expect(await assignReferral(prisma, staff, { referralId: id, version: 1, assigneeId: admin.userId })).toMatchObject({ ok: false, field: "reason" });
    expect(await assignReferral(prisma, staff, { referralId: id, version: 1, assigneeId: admin.userId, reason: "Holiday cover" })).toMatchObject({ ok: true });
    expect(await addNote(prisma, staff, { referralId: id, version: 2, text: "   " })).toMatchObject({ ok: false, field: "text" });
    expect(await addNote(prisma, staff, { referralId: id, version: 2, text: "x".repeat(5001) })).toMatchObject({ ok: false, field: "text" });
    expect(await recordContactAttempt(prisma, staff, { referralId: id, version: 2, channel: "pigeon", outcome: "noAnswer" })).toMatchObject({ ok: false, field: "channel" });
    expect(await addNote(prisma, staff, { referralId: "00000000-0000-4000-8000-000000000000", version: 0, text: "x" })).toMatchObject({ ok: false, code: "not-found" });
  });
});
