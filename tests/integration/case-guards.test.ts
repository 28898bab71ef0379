/**
 * The person's wishes win over any staff action (issue 17): a request they
 * withdrew cannot be worked, a pause refuses contact, a channel they did not
 * choose needs a reason, and first contact is measured as the promise is made.
 * On both databases.
 */
import { startQueue } from "@/lib/background-jobs";
import type { PgBoss } from "pg-boss";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { ukDay } from "@/lib/dates";
import { migrate } from "@/lib/db/migrate";
import { AppError } from "@/lib/errors/app-error";
import type { PrismaClient } from "@/lib/generated/prisma/client";

import { pauseRequest, withdrawRequest } from "@/lib/person/requests";
import { submitReferral } from "@/lib/referrals/submit-referral";
import { addNote, setSensitive } from "@/lib/workspace/add-note";
import { assignReferral } from "@/lib/workspace/assign-referral";
import { changeStatus } from "@/lib/workspace/change-status";
import { firstContactBadge } from "@/lib/workspace/first-contact";
import { markPersonChangesSeen } from "@/lib/workspace/mark-person-changes-seen";
import { recordContactAttempt } from "@/lib/workspace/record-contact-attempt";
import { setNextStep } from "@/lib/workspace/set-next-step";
import { unassignReferral } from "@/lib/workspace/unassign-referral";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { completeDraft } from "../support/referral-fixtures";
import { signedInStaff } from "../support/staff-fixtures";
import { personSessionFor } from "../support/person-session";
import { withdrawSchema } from "@/lib/person/schemas";

describe.each(BACKENDS)("the person's wishes over staff actions (%s)", (kind) => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let boss: PgBoss;
  let staff: AuthorisedStaff;
  let admin: AuthorisedStaff;

  const refusal = async (change: Promise<unknown>) => {
    const error = await change.then(
      () => null,
      (thrown: unknown) => thrown,
    );
    if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
    return { code: error.code, field: error.field, message: error.userMessage };
  };
  const version = async (id: string) => (await prisma.referral.findUniqueOrThrow({ where: { id } })).version;

  beforeAll(async () => {
    backend = await openBackend(kind, `case_guards_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
    boss = await startQueue(backend.db);
    staff = await signedInStaff(prisma, "STAFF", "staff@provider.example");
    admin = await signedInStaff(prisma, "ADMIN", "admin@provider.example");
  }, 60_000);
  afterAll(async () => {
    await boss.stop({ graceful: false, timeout: 1000 });
    await backend.cleanUp();
  });

  async function newReferral(changes = {}, now?: Date) {
    const { tokenHash } = await completeDraft(prisma, changes);
    const result = await submitReferral(backend.db, tokenHash, { firstContactWorkingDays: 2, now });
    return result.referralId;
  }

  it("refuses to reopen, assign or contact a request the person withdrew; a note is still allowed", async () => {
    const id = await newReferral();
    expect(
      (
        await withdrawRequest(
          prisma,
          boss,
          await personSessionFor(prisma, id),
          withdrawSchema.parse({ reason: "", erase: "no" }),
        )
      ).ok,
    ).toBe(true);
    const v = await version(id);
    // One at a time, each from the version the page showed.
    for (const attempt of [
      () => recordContactAttempt(prisma, staff, { referralId: id, version: v, channel: "phone", outcome: "noAnswer" }),
      () => changeStatus(prisma, staff, { referralId: id, version: v, to: "CONTACTING", note: "They called back" }),
      () => changeStatus(prisma, admin, { referralId: id, version: v, to: "CONTACTING", note: "They called back" }),
      () => assignReferral(prisma, staff, { referralId: id, version: v, assigneeId: staff.userId }),
      () => setNextStep(prisma, staff, { referralId: id, version: v, step: "Phone them", due: ukDay(new Date()) }),
    ]) {
      expect(await refusal(attempt())).toMatchObject({
        code: "case.withdrawn",
        message: expect.stringMatching(/^The person withdrew this request themselves on \d+ \w+ \d{4}, /),
      });
    }
    expect(await addNote(prisma, staff, { referralId: id, version: v, text: "They told us on the phone too" })).toEqual(
      { version: v + 1 },
    );
    expect(
      await prisma.referralEvent.count({
        where: { referralId: id, type: { in: ["CONTACT_ATTEMPT", "STATUS_CHANGED", "ASSIGNED"] } },
      }),
    ).toBe(0);
  });

  it("leaves nothing but the erasure once the person asks for deletion", async () => {
    const id = await newReferral();
    await withdrawRequest(
      prisma,
      boss,
      await personSessionFor(prisma, id),
      withdrawSchema.parse({ reason: "", erase: "yes" }),
    );
    const v = await version(id);
    for (const attempt of [
      () => addNote(prisma, staff, { referralId: id, version: v, text: "A note" }),
      () => setSensitive(prisma, admin, { referralId: id, version: v, sensitive: true }),
      () => changeStatus(prisma, admin, { referralId: id, version: v, to: "CONTACTING", note: "Reopen" }),
    ]) {
      expect(await refusal(attempt())).toMatchObject({ code: "case.erasure-requested" });
    }
    // Marking the withdrawal seen is not work on the case: it only empties "Changed by the person".
    expect(await markPersonChangesSeen(prisma, staff, { referralId: id, version: v })).toEqual({ version: v + 1 });
    expect((await prisma.referral.findUniqueOrThrow({ where: { id } })).personChangeUnseenAt).toBeNull();
  });

  it("keeps a staff closure 'the victim withdrew' reopenable, as before", async () => {
    const id = await newReferral();
    await changeStatus(prisma, staff, { referralId: id, version: 0, to: "CLOSED", closureReason: "victimWithdrew" });
    expect(
      await changeStatus(prisma, staff, {
        referralId: id,
        version: 1,
        to: "CONTACTING",
        note: "They changed their mind",
      }),
    ).toEqual({ version: 2 });
    expect((await prisma.referral.findUniqueOrThrow({ where: { id } })).nextStepDue).not.toBeNull();
  });

  it("refuses contact while the person has paused, naming the date", async () => {
    const id = await newReferral();
    const until = ukDay(new Date(Date.now() + 10 * 86_400_000));
    expect((await pauseRequest(prisma, boss, await personSessionFor(prisma, id), { until, reason: "" })).ok).toBe(true);
    const v = await version(id);
    const refused = await refusal(
      recordContactAttempt(prisma, staff, { referralId: id, version: v, channel: "phone", outcome: "noAnswer" }),
    );
    expect(refused).toMatchObject({ code: "contact.paused", field: "channel" });
    expect(refused.message).toMatch(/^Paused by the person until \d+ \w+ \d{4}: do not contact them before then$/);
    // Nor by another channel, with a reason.
    expect(
      await refusal(
        recordContactAttempt(prisma, staff, {
          referralId: id,
          version: v,
          channel: "letter",
          outcome: "noAnswer",
          otherChannelReason: "Phone not working",
        }),
      ),
    ).toMatchObject({ code: "contact.paused" });
    expect(await prisma.referralEvent.count({ where: { referralId: id, type: "CONTACT_ATTEMPT" } })).toBe(0);
  });

  it("needs a reason to use a channel the person did not choose, and records it", async () => {
    // They chose email only.
    const id = await newReferral({ "safe-contact": { contactMethods: ["email"], phoneNumber: "" } });
    expect(
      await refusal(
        recordContactAttempt(prisma, staff, { referralId: id, version: 0, channel: "phone", outcome: "noAnswer" }),
      ),
    ).toMatchObject({ code: "contact.other-channel-reason", field: "otherChannelReason" });
    expect(
      await refusal(
        recordContactAttempt(prisma, staff, {
          referralId: id,
          version: 0,
          channel: "letter",
          outcome: "noAnswer",
          otherChannelReason: "   ",
        }),
      ),
    ).toMatchObject({ code: "contact.other-channel-reason" });
    expect(
      await recordContactAttempt(prisma, staff, {
        referralId: id,
        version: 0,
        channel: "letter",
        outcome: "noAnswer",
        otherChannelReason: "Their email bounced; wrote to the address they gave police",
      }),
    ).toEqual({ version: 1 });
    const [event] = await prisma.referralEvent.findMany({ where: { referralId: id, type: "CONTACT_ATTEMPT" } });
    expect(event!.text).toContain("Not a way they chose, because: Their email bounced");
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { referralId: id, action: "referral.contact-attempt" },
    });
    expect(audit.details).toMatchObject({ channel: "letter", otherChannel: true });
    // Not a first attempt by a chosen channel: the promise is still to keep.
    const referral = await prisma.referral.findUniqueOrThrow({ where: { id } });
    expect(referral.firstContactAt).not.toBeNull();
    expect(referral.firstChosenAttemptAt).toBeNull();
    expect(firstContactBadge(referral, "attempt", new Date(referral.firstContactDueAt!.getTime() + 1))).toMatchObject({
      overdue: true,
    });
  });

  it("keeps the overdue badge on after a no-answer when the promise is to speak to them, and never clears it by status", async () => {
    const received = new Date("2025-12-24T10:00:00Z");
    const id = await newReferral({}, received);
    let referral = await prisma.referral.findUniqueOrThrow({ where: { id } });
    // Two working days over Christmas: the 25th and 26th are bank holidays.
    expect(referral.firstContactDueAt!.toISOString()).toBe("2025-12-30T23:59:59.999Z");
    expect(referral.nextStepDue!.toISOString().slice(0, 10)).toBe("2025-12-30");
    const late = new Date("2025-12-31T09:00:00Z");
    await changeStatus(prisma, staff, { referralId: id, version: 0, to: "CONTACTING" });
    referral = await prisma.referral.findUniqueOrThrow({ where: { id } });
    expect(firstContactBadge(referral, "attempt", late)).toMatchObject({ overdue: true });

    await recordContactAttempt(
      prisma,
      staff,
      { referralId: id, version: 1, channel: "phone", outcome: "noAnswer" },
      { promise: "spoken", now: late },
    );
    referral = await prisma.referral.findUniqueOrThrow({ where: { id } });
    expect(referral.firstChosenAttemptAt).toEqual(late);
    expect(referral.firstSpokenAt).toBeNull();
    expect(firstContactBadge(referral, "spoken", late)).toMatchObject({ overdue: true });
    expect(firstContactBadge(referral, "attempt", late)).toBeNull();

    const spoke = new Date("2026-01-05T11:00:00Z");
    await recordContactAttempt(
      prisma,
      staff,
      { referralId: id, version: 2, channel: "email", outcome: "spokeToVictim" },
      { promise: "spoken", now: spoke },
    );
    referral = await prisma.referral.findUniqueOrThrow({ where: { id } });
    expect(referral.firstSpokenAt).toEqual(spoke);
    expect(firstContactBadge(referral, "spoken", spoke)).toBeNull();
    // The promise kept, the default next step becomes "Set the next step", due that day.
    expect(referral.nextStep).toBeNull();
    expect(referral.nextStepDue!.toISOString().slice(0, 10)).toBe("2026-01-05");
  });

  it("sets a next step, refusing a past or unreal date, and unassigns with a reason", async () => {
    const id = await newReferral();
    const today = ukDay(new Date());
    expect(
      await refusal(setNextStep(prisma, staff, { referralId: id, version: 0, step: "Call", due: "2020-01-01" })),
    ).toMatchObject({ code: "next-step.date-past", field: "nextStepDue" });
    expect(
      await refusal(setNextStep(prisma, staff, { referralId: id, version: 0, step: "Call", due: "2027-02-30" })),
    ).toMatchObject({ code: "next-step.date-invalid" });
    expect(
      await refusal(setNextStep(prisma, staff, { referralId: id, version: 0, step: " ", due: today })),
    ).toMatchObject({ code: "next-step.empty", field: "nextStep" });
    expect(
      await setNextStep(prisma, staff, {
        referralId: id,
        version: 0,
        step: "Send the leaflet on meetings",
        due: today,
      }),
    ).toEqual({ version: 1 });
    expect(await prisma.referral.findUniqueOrThrow({ where: { id } })).toMatchObject({
      nextStep: "Send the leaflet on meetings",
    });

    expect(
      await refusal(unassignReferral(prisma, staff, { referralId: id, version: 1, reason: "On leave" })),
    ).toMatchObject({ code: "unassign.not-assigned" });
    await assignReferral(prisma, staff, { referralId: id, version: 1, assigneeId: staff.userId });
    expect(await refusal(unassignReferral(prisma, staff, { referralId: id, version: 2, reason: "" }))).toMatchObject({
      code: "unassign.reason-required",
      field: "unassignReason",
    });
    expect(
      await unassignReferral(prisma, staff, { referralId: id, version: 2, reason: "On leave from tomorrow" }),
    ).toEqual({ version: 3 });
    expect((await prisma.referral.findUniqueOrThrow({ where: { id } })).assignedToId).toBeNull();
    const audit = await prisma.auditEvent.findMany({ where: { referralId: id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["referral.next-step-set", "referral.assigned", "referral.unassigned"]);

    // Closing clears the next step.
    await changeStatus(prisma, staff, { referralId: id, version: 3, to: "CLOSED", closureReason: "completed" });
    expect(await prisma.referral.findUniqueOrThrow({ where: { id } })).toMatchObject({
      nextStep: null,
      nextStepDue: null,
    });
  });
});
