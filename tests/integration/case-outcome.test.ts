/**
 * The outcome and the agreement, on both databases: the forms' checks (an
 * item needs an owner and a date; a delivered outcome a day not in the future
 * and who took part; none delivered, how far and why), recording the outcome
 * closes an open case with the closure reason that follows (a sensitive case
 * needs an administrator), follow-up marks items, the need-to-know rule, and
 * each side's pack.
 */
import { subjectAccessBundle } from "@/lib/admin/subject-access";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { migrate } from "@/lib/db/migrate";
import { AppError } from "@/lib/errors/app-error";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { saveResponsibleRecord } from "@/lib/responsible/record";
import { responsibleRecordPack } from "@/lib/responsible/record-rights";
import {
  addAgreementItem,
  checkAgreementItem,
  closureReasonFor,
  openOutcome,
  recordOutcome,
} from "@/lib/restorative/outcome";
import { agreementItemSchema, outcomeSchemaFor } from "@/lib/restorative/outcome-schemas";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { insertReferral } from "../support/referral-rows";
import { signedInStaff } from "../support/staff-fixtures";

const TODAY = "2026-12-06";
const outcomeForm = outcomeSchemaFor(() => TODAY);
const messagesOf = (result: { error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

const codeOf = async (work: Promise<unknown>) =>
  work.then(
    () => "done",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

const DELIVERED = {
  delivered: "FACE_TO_FACE",
  deliveredOnDay: "1",
  deliveredOnMonth: "12",
  deliveredOnYear: "2026",
  tookPart: ["victim", "responsible"],
  wishesMet: "yes",
};

describe("the outcome and agreement forms' checks", () => {
  it("refuses an agreement item without an owner or a date, with a clear message each", () => {
    expect(messagesOf(agreementItemSchema.safeParse({ what: "Write a letter of apology" }))).toEqual({
      owner: "Select who will do it",
      dueDay: "Enter the day it should be done by",
    });
    expect(
      messagesOf(
        agreementItemSchema.safeParse({
          what: " ",
          owner: "responsible",
          dueDay: "30",
          dueMonth: "2",
          dueYear: "2027",
        }),
      ),
    ).toEqual({
      what: "Enter what is agreed",
      dueDay: "The day must be a real date, like 14 1 2027",
    });
  });

  it("asks for the day (not in the future) and who took part when delivered; how far and why when not", () => {
    expect(messagesOf(outcomeForm.safeParse({ delivered: "FACE_TO_FACE", wishesMet: "yes" }))).toEqual({
      deliveredOnDay: "Enter the day it was delivered",
      tookPart: "Select who took part",
    });
    expect(messagesOf(outcomeForm.safeParse({ ...DELIVERED, deliveredOnDay: "7" }))).toEqual({
      deliveredOnDay: "The day it was delivered must be today or in the past",
    });
    expect(messagesOf(outcomeForm.safeParse({ delivered: "NONE", wishesMet: "notSaid" }))).toEqual({
      stageReached: "Select how far it got",
      whyNot: "Select why it went no further",
    });
    expect(
      messagesOf(
        outcomeForm.safeParse({ delivered: "NONE", stageReached: "assessed", whyNot: "other", wishesMet: "no" }),
      ),
    ).toEqual({ detail: "Say what happened, as the reason is “Something else”" });
    expect(outcomeForm.parse({ ...DELIVERED, stageReached: "assessed" })).toMatchObject({
      deliveredOn: "2026-12-01",
      stageReached: null,
    });
  });

  it("closes with the reason that follows from the outcome", () => {
    expect(closureReasonFor({ delivered: "SHUTTLE", whyNot: null })).toBe("completed");
    expect(closureReasonFor({ delivered: "NONE", whyNot: "responsibleDenied" })).toBe("otherPartyUnwilling");
    expect(closureReasonFor({ delivered: "NONE", whyNot: "notSuitable" })).toBe("unsuitable");
    expect(closureReasonFor({ delivered: "NONE", whyNot: "victimDeclined" })).toBe("victimWithdrew");
  });
});

describe.each(BACKENDS)("the outcome and agreement, on %s", (kind) => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let admin: AuthorisedStaff;
  let facilitator: AuthorisedStaff;
  let colleague: AuthorisedStaff;

  beforeAll(async () => {
    backend = await openBackend(kind, `outcome_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
    admin = await signedInStaff(prisma, "ADMIN", "admin@provider.example");
    facilitator = await signedInStaff(prisma, "STAFF", "facilitator@provider.example");
    colleague = await signedInStaff(prisma, "STAFF", "colleague@provider.example");
  });
  afterAll(() => backend.cleanUp());

  const item = (changes: Record<string, string> = {}) =>
    agreementItemSchema.parse({
      what: "Write a letter of apology",
      owner: "responsible",
      dueDay: "31",
      dueMonth: "1",
      dueYear: "2027",
      ...changes,
    });

  it("records the agreement, follows it up, and completes the case: closed as Completed, with its timeline entry", async () => {
    const { id } = await insertReferral(prisma, { assignedToId: facilitator.userId, status: "IN_PROGRESS" });
    await addAgreementItem(prisma, facilitator, { ...item(), referralId: id });
    await addAgreementItem(prisma, facilitator, {
      ...item({ what: "Meet again in a month", owner: "both" }),
      referralId: id,
    });
    const { items } = await openOutcome(prisma, facilitator, id);
    expect(items.map((i) => i.what)).toEqual(["Write a letter of apology", "Meet again in a month"]);

    const followUp = new Date("2027-02-02T10:00:00Z");
    await checkAgreementItem(
      prisma,
      facilitator,
      { referralId: id, itemId: items[0]!.id, version: 0, status: "DONE" },
      followUp,
    );
    expect(
      await codeOf(
        checkAgreementItem(prisma, admin, { referralId: id, itemId: items[0]!.id, version: 0, status: "NOT_DONE" }),
      ),
    ).toBe("agreement.conflict");
    expect(await prisma.agreementItem.findUniqueOrThrow({ where: { id: items[0]!.id } })).toMatchObject({
      status: "DONE",
      checkedOn: new Date("2027-02-02"),
    });

    const { referral } = await openOutcome(prisma, facilitator, id);
    await recordOutcome(prisma, facilitator, {
      ...outcomeForm.parse(DELIVERED),
      referralId: id,
      version: referral.version,
    });
    expect(await prisma.referral.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CLOSED",
      closureReason: "completed",
      nextStep: null,
    });
    expect(await prisma.caseOutcome.findUniqueOrThrow({ where: { referralId: id } })).toMatchObject({
      delivered: "FACE_TO_FACE",
      deliveredOn: new Date("2026-12-01"),
      tookPart: ["victim", "responsible"],
      wishesMet: "yes",
      recordedById: facilitator.userId,
    });
    const closing = await prisma.referralEvent.findFirstOrThrow({ where: { referralId: id, type: "STATUS_CHANGED" } });
    expect(closing).toMatchObject({ fromStatus: "IN_PROGRESS", toStatus: "CLOSED", closureReason: "completed" });

    // Corrected later: the closure stays, the outcome changes; a stale page is told to reload.
    const again = (await openOutcome(prisma, facilitator, id)).referral.version;
    await recordOutcome(prisma, facilitator, {
      ...outcomeForm.parse({ ...DELIVERED, wishesMet: "partly" }),
      referralId: id,
      version: again,
    });
    expect((await prisma.caseOutcome.findUniqueOrThrow({ where: { referralId: id } })).wishesMet).toBe("partly");
    expect(
      await codeOf(
        recordOutcome(prisma, facilitator, { ...outcomeForm.parse(DELIVERED), referralId: id, version: again }),
      ),
    ).toBe("referral.conflict");
  });

  it("closes without restorative justice with the stage reached and why; a sensitive case is closed by an administrator", async () => {
    const none = outcomeForm.parse({
      delivered: "NONE",
      stageReached: "responsibleApproached",
      whyNot: "responsibleDenied",
      wishesMet: "no",
    });
    const { id } = await insertReferral(prisma, { assignedToId: facilitator.userId, status: "ASSESSING" });
    await recordOutcome(prisma, facilitator, { ...none, referralId: id, version: 0 });
    expect(await prisma.referral.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CLOSED",
      closureReason: "otherPartyUnwilling",
    });

    const sensitive = await insertReferral(prisma, {
      assignedToId: facilitator.userId,
      status: "ASSESSING",
      sensitive: true,
    });
    // The facilitator's outcome is kept, the case left open for an administrator, who closes it by saving it again.
    expect(await recordOutcome(prisma, facilitator, { ...none, referralId: sensitive.id, version: 0 })).toEqual({
      version: 1,
      leftForAdmin: true,
    });
    expect(await prisma.referral.findUniqueOrThrow({ where: { id: sensitive.id } })).toMatchObject({
      status: "ASSESSING",
      closureReason: null,
    });
    expect(await prisma.caseOutcome.count({ where: { referralId: sensitive.id } })).toBe(1);
    expect(await codeOf(recordOutcome(prisma, admin, { ...none, referralId: sensitive.id, version: 1 }))).toBe("done");
    expect(await prisma.referral.findUniqueOrThrow({ where: { id: sensitive.id } })).toMatchObject({
      status: "CLOSED",
      closureReason: "otherPartyUnwilling",
    });
  });

  it("is for the case's facilitator and administrators; the victim's withdrawal stops a new agreement", async () => {
    const { id } = await insertReferral(prisma, { assignedToId: facilitator.userId, status: "IN_PROGRESS" });
    expect(await codeOf(openOutcome(prisma, colleague, id))).toBe("responsible.need-to-know");
    expect(await codeOf(addAgreementItem(prisma, colleague, { ...item(), referralId: id }))).toBe(
      "responsible.need-to-know",
    );
    expect(await prisma.auditEvent.count({ where: { referralId: id, action: "restorative.refused" } })).toBe(2);
    await prisma.referral.update({ where: { id }, data: { withdrawnAt: new Date() } });
    expect(await codeOf(addAgreementItem(prisma, facilitator, { ...item(), referralId: id }))).toBe("case.withdrawn");
  });

  it("shows each side what was agreed, but follow-up and reasons only for their own side", async () => {
    const { id } = await insertReferral(prisma, { assignedToId: facilitator.userId, status: "IN_PROGRESS" });
    await saveResponsibleRecord(prisma, facilitator, {
      referralId: id,
      version: 0,
      whereabouts: "COMMUNITY",
      establishment: null,
      practitioner: null,
      admission: "ADMITTED",
      consentGivenOn: null,
      consentHow: null,
      consentWithdrawnOn: null,
      suitability: null,
    });
    await addAgreementItem(prisma, facilitator, { ...item({ what: "Pay for the window" }), referralId: id });
    const [only] = (await openOutcome(prisma, facilitator, id)).items;
    await checkAgreementItem(prisma, facilitator, { referralId: id, itemId: only!.id, version: 0, status: "NOT_DONE" });
    await recordOutcome(prisma, facilitator, {
      ...outcomeForm.parse({
        delivered: "NONE",
        stageReached: "preparing",
        whyNot: "responsibleDeclined",
        wishesMet: "no",
      }),
      referralId: id,
      version: (await openOutcome(prisma, facilitator, id)).referral.version,
    });
    const victimPack = await subjectAccessBundle(prisma, admin, id, "json");
    expect(victimPack?.agreement).toEqual([
      {
        what: "Pay for the window",
        who: "The person responsible",
        byWhen: "31 Jan 2027",
        followUp: "Not included: it concerns someone else",
      },
    ]);
    expect(victimPack?.outcome).toMatchObject({
      delivered: "None: the case is closed without restorative justice",
      whyNot: "Not included: it concerns someone else",
      yourWishesMet: "No",
    });
    const theirPack = await responsibleRecordPack(prisma, admin, id);
    expect(theirPack?.agreement[0]?.followUp).toMatch(/^Not done \(checked /);
    expect(theirPack?.outcome).toMatchObject({ whyNot: "The person responsible declined" });
    expect(JSON.stringify(theirPack?.outcome)).not.toContain("wishes");
  });
});
