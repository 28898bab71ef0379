import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SignedInStaff } from "@/lib/auth/sessions";
import { CaseChangeRefused, changeCase, type CaseChangeResult } from "./case-change";
import { CONTACT_CHANNELS, CONTACT_OUTCOMES } from "./contact-labels";

export { CONTACT_CHANNELS, CONTACT_LABELS, CONTACT_OUTCOMES } from "./contact-labels";

/** A case note. */
export async function addNote(
  prisma: PrismaClient,
  staff: SignedInStaff,
  input: { referralId: string; version: number; text: string; ipAddress?: string },
): Promise<CaseChangeResult> {
  const text = input.text.trim();
  return changeCase(prisma, staff, input, { action: "referral.note-added" }, async (tx, referral) => {
    if (!text) throw new CaseChangeRefused("Enter the note", "text");
    if (text.length > 5000) throw new CaseChangeRefused("The note must be 5,000 characters or fewer", "text");
    await tx.referralEvent.create({ data: { referralId: referral.id, actorId: staff.userId, type: "NOTE", text } });
  });
}

/** An attempt to contact the victim: how, and what happened. */
export async function recordContactAttempt(
  prisma: PrismaClient,
  staff: SignedInStaff,
  input: { referralId: string; version: number; channel: string; outcome: string; note?: string; ipAddress?: string },
): Promise<CaseChangeResult> {
  const note = input.note?.trim() || null;
  return changeCase(prisma, staff, input, { action: "referral.contact-attempt", details: { channel: input.channel, outcome: input.outcome } }, async (tx, referral) => {
    if (!(CONTACT_CHANNELS as readonly string[]).includes(input.channel)) throw new CaseChangeRefused("Select how you tried to make contact", "channel");
    if (!(CONTACT_OUTCOMES as readonly string[]).includes(input.outcome)) throw new CaseChangeRefused("Select what happened", "outcome");
    if (note && note.length > 1000) throw new CaseChangeRefused("The note must be 1,000 characters or fewer", "note");
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
  staff: SignedInStaff,
  input: { referralId: string; version: number; sensitive: boolean; reason?: string; ipAddress?: string },
): Promise<CaseChangeResult> {
  const reason = input.reason?.trim() || null;
  return changeCase(prisma, staff, input, { action: "referral.sensitive-changed", details: { sensitive: input.sensitive } }, async (tx, referral) => {
    if (referral.sensitive === input.sensitive) throw new CaseChangeRefused(input.sensitive ? "This referral is already marked sensitive" : "This referral is not marked sensitive", "sensitive");
    if (!input.sensitive && staff.role !== "ADMIN") throw new CaseChangeRefused("Only an administrator can remove the sensitive flag", "sensitive");
    if (reason && reason.length > 1000) throw new CaseChangeRefused("The reason must be 1,000 characters or fewer", "reason");
    await tx.referralEvent.create({
      data: { referralId: referral.id, actorId: staff.userId, type: "SENSITIVE_CHANGED", text: reason, outcome: input.sensitive ? "flagged" : "unflagged" },
    });
    return { sensitive: input.sensitive };
  });
}
