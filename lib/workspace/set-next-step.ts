import "server-only";
import { requireWithinLimit } from "./case-schemas";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import { formatDate, isRealDay, ukDay } from "@/lib/dates";
import { AppError } from "@/lib/errors/app-error";
import { changeCase, type CaseChange } from "./case-change";

/** What the caseworker does next on a case and the UK day it is due (today or later). */
export async function setNextStep(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: { referralId: string; version: number; step: string; due: string; ipAddress?: string },
  now = new Date(),
): Promise<CaseChange> {
  requirePermission(staff, "referral.change"); // before anything is checked or said about the input
  const step = input.step.trim();
  if (!step) throw new AppError("next-step.empty", "nextStep");
  requireWithinLimit("nextStep", step);
  if (!input.due) throw new AppError("next-step.date-missing", "nextStepDue");
  if (!isRealDay(input.due)) throw new AppError("next-step.date-invalid", "nextStepDue");
  if (input.due < ukDay(now)) throw new AppError("next-step.date-past", "nextStepDue");
  return changeCase(
    prisma,
    staff,
    input,
    { kind: "next-step", action: "referral.next-step-set", details: { due: input.due } },
    async (tx, referral) => {
      if (referral.status === "CLOSED") throw new AppError("next-step.closed", "nextStep");
      await tx.referralEvent.create({
        data: {
          referralId: referral.id,
          actorId: staff.userId,
          type: "NEXT_STEP_SET",
          text: `${step} (due ${formatDate(new Date(`${input.due}T12:00:00Z`))})`,
          at: now,
        },
      });
      return { nextStep: step, nextStepDue: new Date(`${input.due}T00:00:00Z`) };
    },
  );
}
