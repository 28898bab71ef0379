import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SignedInStaff } from "@/lib/auth/sessions";
import { checkTransition, type Status } from "@/lib/referrals/status-rules";
import { CaseChangeRefused, changeCase, type CaseChangeResult } from "./case-change";

/** Moves a case on (or back, closes or reopens it), by the rules in status-rules.ts. */
export async function changeStatus(
  prisma: PrismaClient,
  staff: SignedInStaff,
  input: { referralId: string; version: number; to: Status; closureReason?: string; note?: string; ipAddress?: string },
): Promise<CaseChangeResult> {
  const note = input.note?.trim() || undefined;
  if (note && note.length > 2000) return { ok: false, code: "invalid", message: "The reason must be 2,000 characters or fewer", field: "note" };
  return changeCase(prisma, staff, input, { action: "referral.status-changed", details: { to: input.to, closureReason: input.closureReason } }, async (tx, referral) => {
    const check = checkTransition({
      from: referral.status, to: input.to, role: staff.role === "ADMIN" ? "admin" : "staff",
      sensitive: referral.sensitive, closureReason: input.closureReason, note,
    });
    if (!check.ok) throw new CaseChangeRefused(check.message, check.refusal === "closure-reason-required" ? "closureReason" : check.refusal === "note-required" ? "note" : "to");
    const closing = input.to === "CLOSED";
    await tx.referralEvent.create({
      data: {
        referralId: referral.id, actorId: staff.userId, type: "STATUS_CHANGED", fromStatus: referral.status, toStatus: input.to,
        closureReason: closing ? input.closureReason : null, text: note ?? null,
      },
    });
    return {
      status: input.to,
      closureReason: closing ? input.closureReason : null,
      closedAt: closing ? new Date() : null,
    };
  });
}
