/**
 * The questions in "Manage your request", for the person signed in to their
 * own request (the caller has checked the session): how they feel at the
 * start while the case is open, how it went once it is closed. Offered, never
 * required; one "no thanks" stops every ask; and they can delete what they
 * answered.
 */
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { saveAnswers, type GivenAnswers, type Stage } from "./answers";
import { forgetPublicFigures } from "./public-figures";

export type SurveyOffer = {
  /** The questions to offer now, if any. */
  stage: Stage | null;
  /** Whether they have answered anything (so they can delete it). */
  answered: boolean;
  declined: boolean;
};

type OfferState = {
  status: string;
  firstSpokenAt: Date | null;
  withdrawnAt: Date | null;
  erasureRequestedAt: Date | null;
  declined: boolean;
  stages: Stage[];
};

/** Which questions to offer (pure): none after "no thanks", a withdrawal or asking to be deleted. */
export function stageToOffer(state: OfferState): Stage | null {
  if (state.declined || state.withdrawnAt || state.erasureRequestedAt) return null;
  // How it went is asked of people staff spoke with; how they feel at the start, while the case is open.
  const stage: Stage | null = state.status !== "CLOSED" ? "start" : state.firstSpokenAt ? "after" : null;
  return stage && !state.stages.includes(stage) ? stage : null;
}

export async function surveyOffer(prisma: PrismaClient, referralId: string): Promise<SurveyOffer | null> {
  const referral = await prisma.referral.findUnique({
    where: { id: referralId },
    select: {
      status: true,
      firstSpokenAt: true,
      withdrawnAt: true,
      erasureRequestedAt: true,
      surveyAsk: { select: { declinedAt: true } },
      wellbeingAnswers: { select: { stage: true } },
    },
  });
  if (!referral) return null;
  const state = {
    ...referral,
    declined: Boolean(referral.surveyAsk?.declinedAt),
    stages: referral.wellbeingAnswers.map((a) => a.stage as Stage),
  };
  return { stage: stageToOffer(state), answered: state.stages.length > 0, declined: state.declined };
}

/** Their answers, if these are the questions offered now (a stale page is refused, never saved over). */
export async function answerInManage(
  prisma: PrismaClient,
  referralId: string,
  given: GivenAnswers,
  now = new Date(),
): Promise<void> {
  const offer = await surveyOffer(prisma, referralId);
  if (offer?.stage !== given.stage) throw new AppError("survey.not-open");
  await prisma.$transaction(async (tx) => {
    await saveAnswers(tx, referralId, given, { via: "online", recordedById: null, now });
    // An emailed link still waiting is used up: the answers are in.
    await tx.surveyAsk.updateMany({ where: { referralId, linkUsedAt: null }, data: { linkUsedAt: now } });
    await recordAudit(tx, { action: "survey.answered", referralId, details: { stage: given.stage, via: "manage" } });
  });
  forgetPublicFigures();
}

/** No more asks of any kind, and any emailed link used up. */
export const stopAsking = (tx: Prisma.TransactionClient, referralId: string, now: Date) =>
  tx.surveyAsk.upsert({
    where: { referralId },
    create: { referralId, declinedAt: now, linkUsedAt: now },
    update: { declinedAt: now, linkUsedAt: now },
  });

/** "No thanks": no more asks of any kind. */
export async function declineInManage(prisma: PrismaClient, referralId: string, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await stopAsking(tx, referralId, now);
    await recordAudit(tx, { action: "survey.declined", referralId, details: { via: "manage" } });
  });
}

/** Deletes what they answered (both stages), and asks no more: answers they want gone should not be asked for again. */
export async function deleteOwnAnswers(prisma: PrismaClient, referralId: string, now = new Date()): Promise<number> {
  const deleted = await prisma.$transaction(async (tx) => {
    const { count } = await tx.wellbeingAnswer.deleteMany({ where: { referralId } });
    await stopAsking(tx, referralId, now);
    await recordAudit(tx, { action: "survey.answers-deleted", referralId, details: { rows: count } });
    return count;
  });
  forgetPublicFigures();
  return deleted;
}
