import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { changeCase, type CaseChange } from "./case-change";
import { CONTACT_CHANNELS, CONTACT_OUTCOMES } from "./contact-labels";

export { CONTACT_CHANNELS, CONTACT_LABELS, CONTACT_OUTCOMES } from "./contact-labels";

/** A case note. */
export async function addNote(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: { referralId: string; version: number; text: string; ipAddress?: string },
): Promise<CaseChange> {
  const text = input.text.trim();
  return changeCase(prisma, staff, input, { action: "referral.note-added" }, async (tx, referral) => {
    if (!text) throw new AppError("note.empty", "text");
    if (text.length > 5000) throw new AppError("note.too-long", "text");
    await tx.referralEvent.create({ data: { referralId: referral.id, actorId: staff.userId, type: "NOTE", text } });
  });
}

/** An attempt to contact the victim: how, and what happened. */
export async function recordContactAttempt(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: { referralId: string; version: number; channel: string; outcome: string; note?: string; ipAddress?: string },
): Promise<CaseChange> {
  const note = input.note?.trim() || null;
  return changeCase(prisma, staff, input, { action: "referral.contact-attempt", details: { channel: input.channel, outcome: input.outcome } }, async (tx, referral) => {
    if (!(CONTACT_CHANNELS as readonly string[]).includes(input.channel)) throw new AppError("contact.channel", "channel");
    if (!(CONTACT_OUTCOMES as readonly string[]).includes(input.outcome)) throw new AppError("contact.outcome", "outcome");
    if (note && note.length > 1000) throw new AppError("contact.note-too-long", "contactNote");
    await tx.referralEvent.create({
      data: { referralId: referral.id, actorId: staff.userId, type: "CONTACT_ATTEMPT", channel: input.channel, outcome: input.outcome, text: note },
    });
    // The first attempt, whatever its outcome, is when the provider's promise of first contact was kept.
    if (!referral.firstContactAt) return { firstContactAt: new Date() };
  });
}

/** Marks or unmarks a case as sensitive (set automatically for some crime types at submission). */
export async function setSensitive(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: { referralId: string; version: number; sensitive: boolean; reason?: string; ipAddress?: string },
): Promise<CaseChange> {
  const reason = input.reason?.trim() || null;
  return changeCase(prisma, staff, input, { action: "referral.sensitive-changed", details: { sensitive: input.sensitive } }, async (tx, referral) => {
    if (referral.sensitive === input.sensitive) throw new AppError(input.sensitive ? "sensitive.already-marked" : "sensitive.not-marked", "sensitive");
    if (!input.sensitive && staff.role !== "ADMIN") throw new AppError("sensitive.admin-required", "sensitive");
    if (reason && reason.length > 1000) throw new AppError("sensitive.reason-too-long", "sensitiveReason");
    await tx.referralEvent.create({
      data: { referralId: referral.id, actorId: staff.userId, type: "SENSITIVE_CHANGED", text: reason, outcome: input.sensitive ? "flagged" : "unflagged" },
    });
    return { sensitive: input.sensitive };
  });
}
