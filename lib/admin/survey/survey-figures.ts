/**
 * The survey figures for Figures and the quarterly return: satisfied and would
 * recommend, each with its count and 95% interval, beside the national
 * studies' 85% and 78%, for everyone and by what was delivered; the average
 * change in fear, anger and coping for people who answered at the start and
 * after; and the response rate. Groups under 5 are not shown (statistics.ts).
 * Anonymous rows of erased cases count by their kept quarter and delivery.
 */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import { DELIVERED_BY } from "@/lib/restorative/outcome-fields";
import { pairedChange, shareFigure, type ChangeFigure, type ShareFigure } from "@/lib/survey/statistics";

/** The studies the site quotes (Ministry of Justice evaluation, 2008): the comparison, not a target. */
export const STUDIES = { satisfied: 0.85, recommend: 0.78 } as const;

export const DELIVERY_GROUPS = ["Face to face (in person or by video)", "Indirect", "None recorded"] as const;

export type SurveyFigures = {
  satisfied: ShareFigure;
  recommend: ShareFigure;
  byDelivery: Array<{ group: string; satisfied: ShareFigure; recommend: ShareFigure }>;
  change: Record<"fear" | "anger" | "coping", ChangeFigure>;
  responseRate: ShareFigure;
};

type AfterRow = { satisfaction: number | null; recommend: string | null; delivered: string | null };

const groupOf = (delivered: string | null) =>
  !delivered || delivered === "NONE"
    ? DELIVERY_GROUPS[2]
    : DELIVERED_BY.find((d) => d.value === delivered)?.direct
      ? DELIVERY_GROUPS[0]
      : DELIVERY_GROUPS[1];

/** The figures from the rows (pure). */
export function surveyFiguresOf(
  after: AfterRow[],
  pairs: Array<Record<"fear" | "anger" | "coping", { before: number | null; after: number | null }>>,
  asked: { answered: number; closed: number },
): SurveyFigures {
  const shares = (rows: AfterRow[]) => ({
    satisfied: shareFigure(
      rows.filter((r) => (r.satisfaction ?? 0) >= 4).length,
      rows.filter((r) => r.satisfaction !== null).length,
    ),
    recommend: shareFigure(
      rows.filter((r) => r.recommend === "yes").length,
      rows.filter((r) => r.recommend !== null).length,
    ),
  });
  return {
    ...shares(after),
    byDelivery: DELIVERY_GROUPS.map((group) => ({
      group,
      ...shares(after.filter((r) => groupOf(r.delivered) === group)),
    })),
    change: {
      fear: pairedChange(pairs.map((p) => p.fear)),
      anger: pairedChange(pairs.map((p) => p.anger)),
      coping: pairedChange(pairs.map((p) => p.coping)),
    },
    responseRate: shareFigure(asked.answered, asked.closed),
  };
}

/** The answers given "after" between `from` and `to`, and the cases closed then that could be asked. */
export async function readSurveyFigures(
  prisma: PrismaClient,
  admin: AuthorisedStaff,
  range: { from: Date; to: Date },
): Promise<SurveyFigures> {
  requirePermission(admin, "figures.read");
  const after = await prisma.wellbeingAnswer.findMany({
    where: { stage: "after", answeredAt: { gte: range.from, lt: range.to } },
    select: {
      pairId: true,
      satisfaction: true,
      recommend: true,
      delivered: true,
      fear: true,
      anger: true,
      coping: true,
      referral: { select: { outcome: { select: { delivered: true } } } },
    },
  });
  const starts = await prisma.wellbeingAnswer.findMany({
    where: { stage: "start", pairId: { in: after.map((a) => a.pairId) } },
    select: { pairId: true, fear: true, anger: true, coping: true },
  });
  const startOf = new Map(starts.map((s) => [s.pairId, s]));
  const pairs = after
    .filter((a) => startOf.has(a.pairId))
    .map((a) => {
      const s = startOf.get(a.pairId)!;
      return {
        fear: { before: s.fear, after: a.fear },
        anger: { before: s.anger, after: a.anger },
        coping: { before: s.coping, after: a.coping },
      };
    });
  // Who could be asked (lib/survey/survey-asks.ts): cases closed in the range after staff spoke with the
  // person, not withdrawn by them; and of them, who answered.
  const closed = await prisma.referral.findMany({
    where: { closedAt: { gte: range.from, lt: range.to }, withdrawnAt: null, firstSpokenAt: { not: null } },
    select: { wellbeingAnswers: { where: { stage: "after" }, select: { id: true } } },
  });
  return surveyFiguresOf(
    after.map((a) => ({
      satisfaction: a.satisfaction,
      recommend: a.recommend,
      delivered: a.referral?.outcome?.delivered ?? a.delivered,
    })),
    pairs,
    { answered: closed.filter((c) => c.wellbeingAnswers.length > 0).length, closed: closed.length },
  );
}
