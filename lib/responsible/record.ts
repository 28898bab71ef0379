/**
 * The person responsible's record, kept apart from the victim's. Beyond the
 * permission, a need-to-know rule: only the facilitator the case is assigned
 * to, and administrators, may open it; anyone else is refused (403) and the
 * attempt is in the audit trail. Nothing here reaches the victim: not the
 * victim's subject-access pack, "Manage your request", any email or the
 * referrals export read these tables.
 */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import type { AuthorisedStaff, Permission } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { openNeedingToKnow, refuseIfWithdrawn } from "@/lib/restorative/need-to-know";
import type { RecordInput } from "./record-schemas";

export { mayOpenRecord } from "@/lib/restorative/need-to-know";

const caseFor = (
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  permission: Permission,
  referralId: string,
  ipAddress?: string,
) => openNeedingToKnow(prisma, staff, permission, referralId, "responsible.refused", ipAddress);

/** The record as its page shows it (null if nothing is recorded yet), with its notes, newest first. The view is audited. */
export async function openResponsibleRecord(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  referralId: string,
  ipAddress?: string,
) {
  const referral = await caseFor(prisma, staff, "responsible.read", referralId, ipAddress);
  const record = await prisma.responsiblePerson.findUnique({
    where: { referralId: referral.id },
    include: { notes: { orderBy: { at: "desc" }, include: { actor: { select: { name: true } } } } },
  });
  await recordAudit(prisma, {
    action: "responsible.viewed",
    actorId: staff.userId,
    referralId: referral.id,
    ipAddress,
  });
  return { referral, record };
}

const asDay = (isoDay: string | null) => (isoDay ? new Date(`${isoDay}T00:00:00Z`) : null);

/**
 * Saves the record. `version` is the one the page showed (0 before anything
 * was recorded): someone else's change in between is never overwritten.
 */
export async function saveResponsibleRecord(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: RecordInput & { referralId: string; version: number; ipAddress?: string },
): Promise<{ version: number }> {
  const referral = await caseFor(prisma, staff, "responsible.change", input.referralId, input.ipAddress);
  refuseIfWithdrawn(referral, "responsible");
  const { version, ipAddress } = input;
  const data = {
    whereabouts: input.whereabouts,
    establishment: input.establishment,
    practitioner: input.practitioner,
    admission: input.admission,
    consentGivenOn: asDay(input.consentGivenOn),
    consentHow: input.consentHow,
    consentWithdrawnOn: asDay(input.consentWithdrawnOn),
    suitability: input.suitability,
  };
  return prisma.$transaction(async (tx) => {
    const existing = await tx.responsiblePerson.findUnique({ where: { referralId: referral.id } });
    if ((existing?.version ?? 0) !== version) throw new AppError("responsible.conflict");
    if (existing) {
      // The version check and the update are one statement: a racing save finds no row.
      const updated = await tx.responsiblePerson.updateMany({
        where: { referralId: referral.id, version },
        data: { ...data, version: { increment: 1 }, updatedAt: new Date() },
      });
      if (updated.count !== 1) throw new AppError("responsible.conflict");
    } else {
      await tx.responsiblePerson.create({ data: { ...data, referralId: referral.id, version: 1 } });
    }
    const changed = Object.keys(data).filter(
      (key) => String(existing?.[key as keyof typeof data] ?? "") !== String(data[key as keyof typeof data] ?? ""),
    );
    // Which answers changed, by name only: the audit trail holds no one's details.
    await recordAudit(tx, {
      action: "responsible.changed",
      actorId: staff.userId,
      referralId: referral.id,
      ipAddress,
      details: { changed },
    });
    return { version: version + 1 };
  });
}

/** A note, or a contact with the person responsible or their practitioner (with whom, how), on their record only. */
export async function addResponsibleNote(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: {
    referralId: string;
    text: string;
    contactWith?: string | null;
    channel?: string | null;
    ipAddress?: string;
  },
): Promise<void> {
  const referral = await caseFor(prisma, staff, "responsible.change", input.referralId, input.ipAddress);
  refuseIfWithdrawn(referral, "note");
  const text = input.text.trim();
  if (!text) throw new AppError("note.empty", "note");
  await prisma.$transaction(async (tx) => {
    // A note may come before anything else is recorded: the record starts empty.
    await tx.responsiblePerson.upsert({
      where: { referralId: referral.id },
      create: { referralId: referral.id },
      update: {},
    });
    await tx.responsibleNote.create({
      data: {
        referralId: referral.id,
        actorId: staff.userId,
        text,
        contactWith: input.contactWith ?? null,
        channel: input.contactWith ? (input.channel ?? null) : null,
      },
    });
    await recordAudit(tx, {
      action: "responsible.note-added",
      actorId: staff.userId,
      referralId: referral.id,
      ipAddress: input.ipAddress,
    });
  });
}
