import "server-only";
import { requireWithinLimit } from "./case-schemas";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { checkTransition, type Status, type TransitionRefusal } from "@/lib/referrals/status-rules";
import { ukDay } from "@/lib/dates";
import { changeCase, type CaseChange } from "./case-change";

/** The status form's field each refusal is shown beside. */
const REFUSAL_FIELD: Record<TransitionRefusal, string> = {
  "same-status": "to",
  "not-allowed": "to",
  "admin-required": "to",
  "closure-reason-required": "closureReason",
  "note-required": "statusReason",
};

/** Moves a case on (or back, closes or reopens it), by the rules in status-rules.ts. */
export async function changeStatus(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: { referralId: string; version: number; to: Status; closureReason?: string; note?: string; ipAddress?: string },
): Promise<CaseChange> {
  const note = input.note?.trim() || undefined;
  requireWithinLimit("statusReason", note);
  return changeCase(
    prisma,
    staff,
    input,
    {
      kind: "status",
      action: "referral.status-changed",
      details: { to: input.to, closureReason: input.closureReason },
    },
    async (tx, referral) => {
      const check = checkTransition({
        from: referral.status,
        to: input.to,
        role: staff.role === "ADMIN" ? "admin" : "staff",
        sensitive: referral.sensitive,
        closureReason: input.closureReason,
        note,
      });
      if (!check.ok) throw new AppError(`status.${check.refusal}`, REFUSAL_FIELD[check.refusal]);
      const closing = input.to === "CLOSED";
      await tx.referralEvent.create({
        data: {
          referralId: referral.id,
          actorId: staff.userId,
          type: "STATUS_CHANGED",
          fromStatus: referral.status,
          toStatus: input.to,
          closureReason: closing ? input.closureReason : null,
          text: note ?? null,
        },
      });
      return {
        status: input.to,
        closureReason: closing ? input.closureReason : null,
        closedAt: closing ? new Date() : null,
        // A closed case has no next step; a reopened one needs one today.
        ...(closing
          ? { nextStep: null, nextStepDue: null }
          : referral.nextStepDue
            ? {}
            : { nextStepDue: new Date(`${ukDay(new Date())}T00:00:00Z`) }),
      };
    },
  );
}
