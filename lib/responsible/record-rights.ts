/**
 * The person responsible's own rights over their record: everything held
 * about them, as a page and a file (their subject-access request), and its
 * erasure on its own, leaving the victim's referral as it is. Administrators
 * only (the subject-access permission); both are audited. The pack holds their
 * record and notes, never the victim's answers or timeline.
 */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { sessionTypesOfSide } from "@/lib/restorative/session-fields";
import { agreementForPack, outcomeForPack } from "@/lib/restorative/outcome-pack";
import { sessionsForPack } from "@/lib/restorative/session-pack";
import { ADMISSION, labelOf, noteHeading, WHEREABOUTS } from "./record-fields";
import { isUuid } from "@/lib/db/ids";

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/** Everything held about the person responsible of one referral, or null if there is no such record. */
export async function responsibleRecordPack(
  prisma: PrismaClient,
  admin: AuthorisedStaff,
  referralId: string,
  ipAddress?: string,
) {
  requirePermission(admin, "subject-access.manage");
  if (!isUuid(referralId)) return null;
  const record = await prisma.responsiblePerson.findUnique({
    where: { referralId },
    include: {
      referral: { select: { reference: true } },
      notes: { orderBy: { at: "asc" }, include: { actor: { select: { name: true } } } },
    },
  });
  if (!record) return null;
  const [sessions, outcome, agreement] = await Promise.all([
    prisma.caseSession.findMany({ where: { referralId }, orderBy: { startsAt: "asc" } }),
    prisma.caseOutcome.findUnique({ where: { referralId } }),
    prisma.agreementItem.findMany({ where: { referralId }, orderBy: { dueOn: "asc" } }),
  ]);
  await recordAudit(prisma, {
    action: "responsible.subject-access",
    actorId: admin.userId,
    referralId,
    ipAddress,
  });
  return {
    reference: record.referral.reference,
    whereTheyAre: labelOf(WHEREABOUTS, record.whereabouts),
    establishment: record.establishment,
    practitioner: record.practitioner,
    admitsTheHarm: labelOf(ADMISSION, record.admission),
    agreedOn: day(record.consentGivenOn),
    howTheyAgreed: record.consentHow,
    withdrewOn: day(record.consentWithdrawnOn),
    riskAndSuitability: record.suitability,
    recordedFrom: record.createdAt.toISOString(),
    lastChanged: record.updatedAt.toISOString(),
    notes: record.notes.map((note) => ({
      at: note.at.toISOString(),
      what: noteHeading(note),
      by: note.actor.name,
      text: note.text,
    })),
    // Their own preparation in full; joint sessions only as having taken place; never the victim's.
    sessions: sessionsForPack(sessions, "responsible"),
    outcome: outcomeForPack(outcome, "responsible"),
    agreement: agreementForPack(agreement, "responsible"),
  };
}

/** Erases the person responsible's record and notes, and nothing of the victim's; the reference is typed to confirm. */
export async function eraseResponsibleRecord(
  prisma: PrismaClient,
  admin: AuthorisedStaff,
  input: { referralId: string; confirmReference: string; reason: string; ipAddress?: string },
): Promise<void> {
  requirePermission(admin, "subject-access.manage");
  await prisma.$transaction(async (tx) => {
    const record = isUuid(input.referralId)
      ? await tx.responsiblePerson.findUnique({
          where: { referralId: input.referralId },
          include: { referral: { select: { reference: true } } },
        })
      : null;
    if (!record) throw new AppError("responsible.not-found", "confirmReference");
    if (record.referral.reference !== input.confirmReference.trim().toUpperCase())
      throw new AppError("erase.reference", "confirmReference");
    // The notes go with it (cascade), and so do the sessions held only about them: their preparation.
    await tx.responsiblePerson.delete({ where: { referralId: record.referralId } });
    await tx.caseSession.deleteMany({
      where: { referralId: record.referralId, type: { in: sessionTypesOfSide("responsible") } },
    });
    await recordAudit(tx, {
      action: "responsible.erased",
      actorId: admin.userId,
      referralId: record.referralId,
      ipAddress: input.ipAddress,
      details: { reason: input.reason },
    });
  });
}
