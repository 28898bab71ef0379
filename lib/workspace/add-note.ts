import "server-only";
import { requireWithinLimit } from "./case-schemas";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { changeCase, type CaseChange } from "./case-change";

export { CONTACT_CHANNELS, CONTACT_LABELS, CONTACT_OUTCOMES } from "./contact-labels";

/** A case note. */
export async function addNote(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: { referralId: string; version: number; text: string; ipAddress?: string },
): Promise<CaseChange> {
  const text = input.text.trim();
  return changeCase(prisma, staff, input, { kind: "note", action: "referral.note-added" }, async (tx, referral) => {
    if (!text) throw new AppError("note.empty", "text");
    requireWithinLimit("text", text);
    await tx.referralEvent.create({ data: { referralId: referral.id, actorId: staff.userId, type: "NOTE", text } });
  });
}

/** Marks or unmarks a case as sensitive (set automatically for some crime types at submission). */
export async function setSensitive(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: { referralId: string; version: number; sensitive: boolean; reason?: string; ipAddress?: string },
): Promise<CaseChange> {
  const reason = input.reason?.trim() || null;
  return changeCase(
    prisma,
    staff,
    input,
    { kind: "sensitive", action: "referral.sensitive-changed", details: { sensitive: input.sensitive } },
    async (tx, referral) => {
      if (referral.sensitive === input.sensitive)
        throw new AppError(input.sensitive ? "sensitive.already-marked" : "sensitive.not-marked", "sensitive");
      if (!input.sensitive && staff.role !== "ADMIN") throw new AppError("sensitive.admin-required", "sensitive");
      requireWithinLimit("sensitiveReason", reason);
      await tx.referralEvent.create({
        data: {
          referralId: referral.id,
          actorId: staff.userId,
          type: "SENSITIVE_CHANGED",
          text: reason,
          outcome: input.sensitive ? "flagged" : "unflagged",
        },
      });
      return { sensitive: input.sensitive };
    },
  );
}
