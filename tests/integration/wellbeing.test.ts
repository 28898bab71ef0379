/**
 * How a victim feels, before and after, on both databases: answers outside
 * the scales refused with clear messages, recorded by phone only when the
 * person may be contacted (not paused, not withdrawn) and "after" only once
 * the case is closed; corrected in place; in the victim's own pack; and, when
 * the case is erased, kept as anonymous rows with only what the figures need
 * (a dump of the table holds none of the seeded words).
 */
import { subjectAccessBundle } from "@/lib/admin/subject-access";
import { eraseOnRequest } from "@/lib/admin/erasure/erase-referral";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { migrate } from "@/lib/db/migrate";
import { AppError } from "@/lib/errors/app-error";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { afterSchema, startSchema } from "@/lib/survey/wellbeing-schemas";
import { recordWellbeing } from "@/lib/workspace/wellbeing";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { insertReferral } from "../support/referral-rows";
import { signedInStaff } from "../support/staff-fixtures";

const codeOf = async (work: Promise<unknown>) =>
  work.then(
    () => "done",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );
const messagesOf = (result: { error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

const START = { fear: "8", anger: "notSaying", coping: "3" };
const AFTER = {
  satisfaction: "5",
  recommend: "yes",
  listened: "yes",
  prepared: "partly",
  safe: "yes",
  fear: "2",
  anger: "4",
  coping: "8",
  comment: "Fernwhistle-comment-marker: thank you",
};

describe("the wellbeing questions' checks", () => {
  it("refuses answers outside the scales, naming each", () => {
    expect(messagesOf(startSchema.safeParse({ fear: "11", anger: "-1", coping: "" }))).toEqual({
      fear: "Select how afraid you are, from 0 to 10, or that you would rather not say",
      anger: "Select how angry you feel, from 0 to 10, or that you would rather not say",
      coping: "Select how well you are coping, from 0 to 10, or that you would rather not say",
    });
    expect(startSchema.parse(START)).toEqual({ fear: 8, anger: null, coping: 3 });
    expect(messagesOf(afterSchema.safeParse({ ...AFTER, satisfaction: "6", comment: "x".repeat(1001) }))).toEqual({
      satisfaction: "Select how satisfied you are",
      comment: "What you tell us must be 1,000 characters or fewer",
    });
  });
});

describe.each(BACKENDS)("how a victim feels, on %s", (kind) => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let admin: AuthorisedStaff;
  let staff: AuthorisedStaff;

  beforeAll(async () => {
    backend = await openBackend(kind, `wellbeing_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
    admin = await signedInStaff(prisma, "ADMIN", "admin@provider.example");
    staff = await signedInStaff(prisma, "STAFF", "staff@provider.example");
  });
  afterAll(() => backend.cleanUp());

  it("is recorded only when the person may be contacted, and after the case only once it is closed", async () => {
    const open = await insertReferral(prisma, { status: "CONTACTING" });
    await recordWellbeing(prisma, staff, { referralId: open.id, stage: "start", answers: startSchema.parse(START) });
    expect(
      await codeOf(
        recordWellbeing(prisma, staff, { referralId: open.id, stage: "after", answers: afterSchema.parse(AFTER) }),
      ),
    ).toBe("wellbeing.not-closed");
    // Corrected in place: one "start" per case.
    await recordWellbeing(prisma, staff, {
      referralId: open.id,
      stage: "start",
      answers: { fear: 6, anger: 6, coping: 4 },
    });
    expect(await prisma.wellbeingAnswer.findMany({ where: { referralId: open.id } })).toMatchObject([
      { stage: "start", via: "phone", fear: 6, anger: 6, coping: 4, recordedById: staff.userId },
    ]);
    expect(await prisma.auditEvent.count({ where: { referralId: open.id, action: "wellbeing.recorded" } })).toBe(2);

    const paused = await insertReferral(prisma, { pausedUntil: new Date(Date.now() + 86_400_000) });
    expect(
      await codeOf(
        recordWellbeing(prisma, staff, { referralId: paused.id, stage: "start", answers: startSchema.parse(START) }),
      ),
    ).toBe("contact.paused");
    const withdrawn = await insertReferral(prisma, { status: "CLOSED", withdrawnAt: new Date() });
    expect(
      await codeOf(
        recordWellbeing(prisma, staff, { referralId: withdrawn.id, stage: "after", answers: afterSchema.parse(AFTER) }),
      ),
    ).toBe("case.withdrawn");
  });

  it("is in the person's own pack, and stays only as anonymous figures when the case is erased", async () => {
    const { id, reference } = await insertReferral(prisma, {
      status: "CLOSED",
      closureReason: "completed",
      closedAt: new Date("2026-11-20T12:00:00Z"),
      crimeType: "burglary",
      fullName: "Wilhelmina Surveyname",
    });
    await recordWellbeing(prisma, staff, { referralId: id, stage: "start", answers: startSchema.parse(START) });
    await recordWellbeing(prisma, staff, { referralId: id, stage: "after", answers: afterSchema.parse(AFTER) });
    await prisma.caseOutcome.create({
      data: { referralId: id, delivered: "FACE_TO_FACE", recordedById: staff.userId, wishesMet: "yes" },
    });
    const pack = JSON.stringify(await subjectAccessBundle(prisma, admin, id, "json"));
    expect(pack).toContain("Fernwhistle-comment-marker");

    await eraseOnRequest(prisma, admin, { referralId: id, confirmReference: reference, reason: "Asked" });
    const kept = await prisma.wellbeingAnswer.findMany({ where: { crimeType: "burglary", delivered: "FACE_TO_FACE" } });
    expect(kept).toHaveLength(2);
    for (const row of kept)
      expect(row).toMatchObject({
        referralId: null,
        recordedById: null,
        comment: null,
        closedQuarter: new Date("2026-10-01"),
        answeredAt: new Date("2026-10-01T00:00:00Z"),
      });
    expect(kept.find((r) => r.stage === "after")).toMatchObject({ satisfaction: 5, recommend: "yes", fear: 2 });
    // A dump of the anonymous rows holds nothing that could say who they were (or who asked).
    const dump = JSON.stringify(
      await prisma.$queryRawUnsafe("SELECT * FROM wellbeing_answers WHERE referral_id IS NULL"),
    );
    for (const marker of ["Fernwhistle", "Surveyname", reference, id, staff.userId]) expect(dump).not.toContain(marker);
  });
});
