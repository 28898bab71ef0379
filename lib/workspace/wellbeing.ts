/**
 * How a victim feels, recorded by staff from what the person said by phone:
 * at the start of the case, and after it closed. Asking is contact, so the
 * person's wishes win: nothing while they have paused, nothing once they
 * withdrew. Answers are kept apart from who they are (see the model).
 */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import { formatDate } from "@/lib/dates";
import { AppError } from "@/lib/errors/app-error";
import { saveAnswers } from "@/lib/survey/answers";
import { forgetPublicFigures } from "@/lib/survey/public-figures";
import type { AfterAnswers, StartAnswers } from "@/lib/survey/wellbeing-schemas";
import { withdrawnRefusal } from "./contact-wishes";
import { isUuid } from "@/lib/db/ids";

async function caseOf(prisma: PrismaClient, referralId: string) {
  const referral = isUuid(referralId)
    ? await prisma.referral.findUnique({
        where: { id: referralId },
        select: {
          id: true,
          reference: true,
          status: true,
          closureReason: true,
          withdrawnAt: true,
          erasureRequestedAt: true,
          pausedUntil: true,
        },
      })
    : null;
  if (!referral) throw new AppError("referral.not-found");
  return referral;
}

/** The case, its two sets of answers (null until recorded) and how it was asked by email (null: not yet). */
export async function readWellbeing(prisma: PrismaClient, staff: AuthorisedStaff, referralId: string) {
  requirePermission(staff, "referral.read");
  const referral = await caseOf(prisma, referralId);
  const answers = await prisma.wellbeingAnswer.findMany({ where: { referralId: referral.id } });
  const ask = await prisma.surveyAsk.findUnique({
    where: { referralId: referral.id },
    select: { emailedAt: true, remindedAt: true, declinedAt: true },
  });
  return {
    ask,
    referral,
    start: answers.find((a) => a.stage === "start") ?? null,
    after: answers.find((a) => a.stage === "after") ?? null,
  };
}

/** Records (or corrects) one set of answers given by phone. */
export async function recordWellbeing(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input:
    | { referralId: string; stage: "start"; answers: StartAnswers; ipAddress?: string }
    | { referralId: string; stage: "after"; answers: AfterAnswers; ipAddress?: string },
  now = new Date(),
): Promise<void> {
  requirePermission(staff, "referral.change");
  const referral = await caseOf(prisma, input.referralId);
  const field = input.stage === "start" ? "fear" : "satisfaction";
  const refusal = withdrawnRefusal(referral, "contact");
  if (refusal) throw new AppError(refusal.code, field, refusal.values);
  if (referral.pausedUntil && referral.pausedUntil > now)
    throw new AppError("contact.paused", field, { until: formatDate(referral.pausedUntil) });
  if (input.stage === "after" && referral.status !== "CLOSED") throw new AppError("wellbeing.not-closed", field);
  const asked = await prisma.surveyAsk.findUnique({ where: { referralId: referral.id }, select: { declinedAt: true } });
  if (asked?.declinedAt) throw new AppError("wellbeing.declined", field);
  await prisma.$transaction(async (tx) => {
    await saveAnswers(tx, referral.id, input, { via: "phone", recordedById: staff.userId, now });
    await recordAudit(tx, {
      action: "wellbeing.recorded",
      actorId: staff.userId,
      referralId: referral.id,
      ipAddress: input.ipAddress,
      details: { stage: input.stage },
    });
  });
  forgetPublicFigures();
}
