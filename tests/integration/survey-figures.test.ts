/**
 * The survey figures against hand-built answers, on both databases: satisfied
 * and would recommend with their counts and intervals, by what was delivered
 * (a group under 5 not shown), the paired change for people who answered at
 * the start and after (still paired once a case is erased), the response rate,
 * and the return's download with the same words.
 */
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { eraseOnRequest } from "@/lib/admin/erasure/erase-referral";
import { quarterOf } from "@/lib/admin/return/quarters";
import { quarterlyReturnCsv } from "@/lib/admin/return/quarterly-return";
import { readSurveyFigures } from "@/lib/admin/survey/survey-figures";
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordWellbeing } from "@/lib/workspace/wellbeing";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { insertReferral } from "../support/referral-rows";
import { signedInStaff } from "../support/staff-fixtures";

const QUARTER = quarterOf("2026-10")!;
const ANSWERED = new Date("2026-11-25T12:00:00Z");

describe.each(BACKENDS)("the survey figures, on %s", (kind) => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let admin: AuthorisedStaff;

  beforeAll(async () => {
    backend = await openBackend(kind, `survey_figures_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
    admin = await signedInStaff(prisma, "ADMIN", "admin@provider.example");
  });
  afterAll(() => backend.cleanUp());

  async function closedCase(delivered: string | null, withdrawn = false) {
    const referral = await insertReferral(prisma, {
      status: "CLOSED",
      closureReason: withdrawn ? "withdrawnByPerson" : "completed",
      closedAt: new Date("2026-11-20T12:00:00Z"),
      withdrawnAt: withdrawn ? new Date("2026-11-20T12:00:00Z") : null,
      firstSpokenAt: new Date("2026-11-02T12:00:00Z"),
    });
    if (delivered)
      await prisma.caseOutcome.create({ data: { referralId: referral.id, delivered, recordedById: admin.userId } });
    return referral;
  }
  const after = (satisfaction: number, recommend: "yes" | "no" | "notSure", fear: number) => ({
    satisfaction,
    recommend,
    listened: "yes" as const,
    prepared: "yes" as const,
    safe: "yes" as const,
    fear,
    anger: 5,
    coping: 5,
    comment: null,
  });

  it("counts what people said, beside the studies, honestly for small groups", async () => {
    // Closed without anyone reaching them: not asked, so not in the response rate.
    await insertReferral(prisma, {
      status: "CLOSED",
      closureReason: "unableToContact",
      closedAt: new Date("2026-11-20T12:00:00Z"),
    });
    const satisfaction = [5, 5, 4, 4, 3, 5];
    const recommend = ["yes", "yes", "yes", "no", "notSure", "yes"] as const;
    const fearBefore = [8, 7, 9, 6, 10];
    const fearAfter = [3, 4, 9, 2, 5, 1];
    const faceToFace = [];
    for (let i = 0; i < 6; i++) {
      const referral = await closedCase("FACE_TO_FACE");
      faceToFace.push(referral);
      if (i < 5)
        await recordWellbeing(
          prisma,
          admin,
          { referralId: referral.id, stage: "start", answers: { fear: fearBefore[i]!, anger: 5, coping: 5 } },
          ANSWERED,
        );
      await recordWellbeing(
        prisma,
        admin,
        { referralId: referral.id, stage: "after", answers: after(satisfaction[i]!, recommend[i]!, fearAfter[i]!) },
        ANSWERED,
      );
    }
    const letters = await closedCase("LETTERS");
    await recordWellbeing(
      prisma,
      admin,
      { referralId: letters.id, stage: "after", answers: after(2, "no", 5) },
      ANSWERED,
    );
    await closedCase(null); // closed, not answered
    await closedCase(null, true); // withdrawn by the person: never asked

    // One case erased: its answers stay, anonymous, still paired.
    await eraseOnRequest(prisma, admin, {
      referralId: faceToFace[0]!.id,
      confirmReference: faceToFace[0]!.reference,
      reason: "Asked",
    });

    const figures = await readSurveyFigures(prisma, admin, QUARTER);
    expect(figures.satisfied).toMatchObject({ shown: true, n: 7, successes: 5 });
    expect(figures.recommend).toMatchObject({ shown: true, n: 7, successes: 4 });
    expect(figures.byDelivery).toEqual([
      expect.objectContaining({
        group: "Face to face (in person or by video)",
        satisfied: expect.objectContaining({ n: 6, successes: 5 }),
      }),
      { group: "Indirect", satisfied: { shown: false, n: 1 }, recommend: { shown: false, n: 1 } },
      { group: "None recorded", satisfied: { shown: false, n: 0 }, recommend: { shown: false, n: 0 } },
    ]);
    expect(figures.change.fear).toEqual({ shown: true, n: 5, before: 8, after: 4.6, change: -3.4 });
    expect(figures.change.anger).toMatchObject({ shown: true, n: 5, change: 0 });
    // Seven closed cases left that could be asked (the erased one is gone, the one never reached was not asked), six of them answered.
    expect(figures.responseRate).toMatchObject({ shown: true, n: 7, successes: 6 });

    const csv = await quarterlyReturnCsv(prisma, admin, QUARTER);
    expect(csv).toContain(`What people said after their case,Satisfied or very satisfied,"71% (36% to 92%), 7 people"`);
    expect(csv).toContain("What people said after their case,Satisfied: the national studies,85%");
    expect(csv).toContain('What people said after their case,"Satisfied, indirect",too few answers to show');
  });
});
