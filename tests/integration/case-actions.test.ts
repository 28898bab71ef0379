import type { PgBoss } from "pg-boss";
import { startQueue } from "@/lib/background-jobs";
import { createStaffUser } from "@/lib/auth/accounts";
import { authorise, type AuthorisedStaff } from "@/lib/auth/policy";
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";

import { submitReferral } from "@/lib/referrals/submit-referral";
import { addNote, setSensitive } from "@/lib/workspace/add-note";
import { recordContactAttempt } from "@/lib/workspace/record-contact-attempt";
import { assignReferral } from "@/lib/workspace/assign-referral";
import { AppError } from "@/lib/errors/app-error";
import { changeStatus } from "@/lib/workspace/change-status";
import { readTimeline } from "@/lib/workspace/timeline";
import { openBackend, type TestBackend } from "../support/backends";
import { completeDraft } from "../support/referral-fixtures";

describe("working a case", () => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let boss: PgBoss;
  let staff: AuthorisedStaff;
  let admin: AuthorisedStaff;

  const asStaff = async (role: "STAFF" | "ADMIN", email: string): Promise<AuthorisedStaff> => {
    const { userId } = await createStaffUser(prisma, { email, name: `${role} person`, role });
    return authorise({
      sessionHash: "x",
      userId,
      email,
      name: `${role} person`,
      role,
      secondFactorDone: true,
      totpEnrolled: true,
    });
  };
  /** The refusal a change ends in: its code and the form field it is shown by. */
  const refusal = async (change: Promise<unknown>) => {
    const error = await change.then(
      () => null,
      (thrown: unknown) => thrown,
    );
    if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
    return { code: error.code, field: error.field };
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
    const result = await submitReferral(backend.db, tokenHash);
    return result.referralId;
  }

  it("goes from New to Closed with assignment, a contact attempt and a note, and the timeline and audit show every step", async () => {
    const id = await newReferral();
    let version = 0;
    const step = async (result: Promise<{ version: number }>) => {
      version = (await result).version;
    };
    await step(assignReferral(prisma, staff, { referralId: id, version, assigneeId: staff.userId }));
    await step(changeStatus(prisma, staff, { referralId: id, version, to: "CONTACTING" }));
    await step(
      recordContactAttempt(prisma, staff, {
        referralId: id,
        version,
        channel: "phone",
        outcome: "spokeToVictim",
        note: "Called after 6pm as asked",
      }),
    );
    await step(addNote(prisma, staff, { referralId: id, version, text: "Victim would like a letter first" }));
    await step(changeStatus(prisma, staff, { referralId: id, version, to: "ASSESSING" }));
    await step(changeStatus(prisma, staff, { referralId: id, version, to: "IN_PROGRESS" }));
    await step(changeStatus(prisma, staff, { referralId: id, version, to: "CLOSED", closureReason: "completed" }));

    const referral = await prisma.referral.findUniqueOrThrow({ where: { id } });
    expect(referral).toMatchObject({
      status: "CLOSED",
      closureReason: "completed",
      assignedToId: staff.userId,
      version: 7,
    });
    expect(referral.closedAt).not.toBeNull();

    const timeline = await readTimeline(prisma, id);
    expect(timeline.map((e) => e.type)).toEqual([
      "STATUS_CHANGED",
      "STATUS_CHANGED",
      "STATUS_CHANGED",
      "NOTE",
      "CONTACT_ATTEMPT",
      "STATUS_CHANGED",
      "ASSIGNED",
    ]);
    expect(timeline[0]).toMatchObject({
      fromStatus: "IN_PROGRESS",
      toStatus: "CLOSED",
      closureReason: "completed",
      actor: { name: "STAFF person" },
    });
    const audit = await prisma.auditEvent.findMany({ where: { referralId: id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "referral.assigned",
      "referral.status-changed",
      "referral.contact-attempt",
      "referral.note-added",
      "referral.status-changed",
      "referral.status-changed",
      "referral.status-changed",
    ]);

    // Reopening needs a reason.
    expect(await refusal(changeStatus(prisma, staff, { referralId: id, version, to: "CONTACTING" }))).toEqual({
      code: "status.note-required",
      field: "statusReason",
    });
    expect(
      await changeStatus(prisma, staff, { referralId: id, version, to: "CONTACTING", note: "Victim called back" }),
    ).toEqual({ version: version + 1 });
    expect(await prisma.referral.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CONTACTING",
      closureReason: null,
      closedAt: null,
    });
  });

  it("refuses invalid moves, and never lets two people overwrite each other", async () => {
    const id = await newReferral();
    expect(await refusal(changeStatus(prisma, staff, { referralId: id, version: 0, to: "IN_PROGRESS" }))).toEqual({
      code: "status.not-allowed",
      field: "to",
    });
    expect(await refusal(changeStatus(prisma, staff, { referralId: id, version: 0, to: "CLOSED" }))).toEqual({
      code: "status.closure-reason-required",
      field: "closureReason",
    });

    // Both loaded version 0; both act at once: one wins, the other is told.
    const results = await Promise.allSettled([
      addNote(prisma, staff, { referralId: id, version: 0, text: "First" }),
      addNote(prisma, admin, { referralId: id, version: 0, text: "Second" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(AppError);
    expect(lost.reason).toMatchObject({
      code: "referral.conflict",
      userMessage:
        "Someone else changed this referral while you were looking at it. Check what they did, then try again",
    });
    expect(await prisma.referralEvent.count({ where: { referralId: id } })).toBe(1);
    // A stale version later is refused too.
    expect(await refusal(changeStatus(prisma, staff, { referralId: id, version: 0, to: "CONTACTING" }))).toMatchObject({
      code: "referral.conflict",
    });
  });

  it("lets only an administrator close or unflag a sensitive case", async () => {
    const id = await newReferral({ "what-happened": { crimeType: "domesticAbuse" } });
    expect((await prisma.referral.findUniqueOrThrow({ where: { id } })).sensitive).toBe(true);
    await expect(
      changeStatus(prisma, staff, { referralId: id, version: 0, to: "CLOSED", closureReason: "victimWithdrew" }),
    ).rejects.toMatchObject({
      code: "status.admin-required",
      userMessage: "Only an administrator can close a sensitive case",
    });
    expect(await refusal(setSensitive(prisma, staff, { referralId: id, version: 0, sensitive: false }))).toEqual({
      code: "sensitive.admin-required",
      field: "sensitive",
    });
    expect(
      await changeStatus(prisma, admin, { referralId: id, version: 0, to: "CLOSED", closureReason: "victimWithdrew" }),
    ).toEqual({ version: 1 });

    const other = await newReferral();
    expect(
      await setSensitive(prisma, staff, {
        referralId: other,
        version: 0,
        sensitive: true,
        reason: "Disclosed abuse on the phone",
      }),
    ).toEqual({ version: 1 });
  });

  it("checks assignments and what is typed", async () => {
    const id = await newReferral();
    expect(
      await refusal(
        assignReferral(prisma, staff, {
          referralId: id,
          version: 0,
          assigneeId: "00000000-0000-4000-8000-000000000000",
        }),
      ),
    ).toEqual({ code: "assign.no-such-staff", field: "assigneeId" });
    expect(await assignReferral(prisma, staff, { referralId: id, version: 0, assigneeId: staff.userId })).toEqual({
      version: 1,
    });
    expect(
      await refusal(assignReferral(prisma, staff, { referralId: id, version: 1, assigneeId: admin.userId })),
    ).toEqual({ code: "assign.reason-required", field: "assignReason" });
    expect(
      await assignReferral(prisma, staff, {
        referralId: id,
        version: 1,
        assigneeId: admin.userId,
        reason: "Holiday cover",
      }),
    ).toEqual({ version: 2 });
    expect(await refusal(addNote(prisma, staff, { referralId: id, version: 2, text: "   " }))).toEqual({
      code: "note.empty",
      field: "text",
    });
    expect(await refusal(addNote(prisma, staff, { referralId: id, version: 2, text: "x".repeat(5001) }))).toEqual({
      code: "note.too-long",
      field: "text",
    });
    expect(
      await refusal(
        recordContactAttempt(prisma, staff, { referralId: id, version: 2, channel: "pigeon", outcome: "noAnswer" }),
      ),
    ).toEqual({ code: "contact.channel", field: "channel" });
    expect(
      await refusal(
        addNote(prisma, staff, { referralId: "00000000-0000-4000-8000-000000000000", version: 0, text: "x" }),
      ),
    ).toEqual({ code: "referral.not-found", field: "form" });
    // Nothing of a refused change is kept: the version is where the last successful one left it.
    expect((await prisma.referral.findUniqueOrThrow({ where: { id } })).version).toBe(2);
  });
});
