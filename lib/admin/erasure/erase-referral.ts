/**
 * Erasing one referral's personal data, for the retention schedule and for a
 * request from the person. The referral row and its timeline are deleted; what
 * stays is one row of figures that identifies nobody (the month it arrived,
 * the type, how they heard, the outcome and the timings) and the audit trail,
 * which names the reference and why, but holds no answers. The queue's jobs
 * about it (email deliveries and their outcomes) go too.
 */
import "server-only";
import { workingDaysBetween } from "@/lib/referrals/working-days";
import type { Prisma, PrismaClient, Referral } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import { deleteJobsForReferral } from "@/lib/jobs/queue";
import { deleteMailFilesOf } from "@/lib/email/transport";
import { AppError } from "@/lib/errors/app-error";
import { ukMonthStart } from "@/lib/dates";
import { quarterContaining } from "@/lib/admin/return/quarters";

export type ErasureKind = "retention" | "request";

const HOUR = 3_600_000;

/** The first day of the UK month a moment falls in, as a date (no time). */
export const receivedMonth = ukMonthStart;

export function figuresOf(referral: Referral, erasure: ErasureKind) {
  return {
    receivedMonth: receivedMonth(referral.createdAt),
    crimeType: referral.crimeType,
    heardAbout: referral.heardAbout,
    askedBy: referral.askedBy,
    status: referral.status,
    closureReason: referral.closureReason,
    hoursToFirstContact: referral.firstContactAt
      ? Math.floor((referral.firstContactAt.getTime() - referral.createdAt.getTime()) / HOUR)
      : null,
    workingDaysToFirstAttempt: referral.firstChosenAttemptAt
      ? workingDaysBetween(referral.createdAt, referral.firstChosenAttemptAt)
      : null,
    workingDaysToFirstSpoken: referral.firstSpokenAt
      ? workingDaysBetween(referral.createdAt, referral.firstSpokenAt)
      : null,
    daysToClose: referral.closedAt
      ? Math.floor((referral.closedAt.getTime() - referral.createdAt.getTime()) / (24 * HOUR))
      : null,
    erasure,
  };
}

/**
 * How the person felt stays for the figures, anonymous: the comment and who
 * recorded it go, the day becomes the quarter, and the quarter it closed, its
 * crime type and what was delivered are written in (the link to the referral
 * goes with the referral: ON DELETE SET NULL).
 */
async function keepWellbeingAnonymous(tx: Prisma.TransactionClient, referral: Referral) {
  const outcome = await tx.caseOutcome.findUnique({ where: { referralId: referral.id }, select: { delivered: true } });
  const quarter = new Date(`${quarterContaining(referral.closedAt ?? new Date()).firstDay}T00:00:00Z`);
  await tx.wellbeingAnswer.updateMany({
    where: { referralId: referral.id },
    data: {
      comment: null,
      recordedById: null,
      answeredAt: quarter,
      closedQuarter: quarter,
      crimeType: referral.crimeType,
      delivered: outcome?.delivered ?? null,
    },
  });
}

/** Inside a transaction: keep the figures, delete the referral and its timeline, audit it. */
export async function eraseInTransaction(
  tx: Prisma.TransactionClient,
  referral: Referral,
  audit: { kind: ErasureKind; actorId: string | null; reason: string; rule?: string; ipAddress?: string },
): Promise<void> {
  await tx.referralFigure.create({ data: figuresOf(referral, audit.kind) });
  await keepWellbeingAnonymous(tx, referral);
  // The timeline is append-only; this transaction alone may delete it (see the migration's trigger).
  await tx.$executeRawUnsafe("SET LOCAL rj.erasing = 'on'");
  await tx.referral.delete({ where: { id: referral.id } });
  await deleteJobsForReferral(tx, referral.id);
  await recordAudit(tx, {
    action: "referral.erased",
    actorId: audit.actorId,
    referralId: referral.id,
    ipAddress: audit.ipAddress,
    details: {
      reference: referral.reference,
      kind: audit.kind,
      reason: audit.reason,
      ...(audit.rule ? { rule: audit.rule } : {}),
    },
  });
}

/** An administrator erases one referral on request; they retype its reference to be sure. */
export async function eraseOnRequest(
  prisma: PrismaClient,
  admin: AuthorisedStaff,
  input: { referralId: string; confirmReference: string; reason: string; ipAddress?: string; mailDataDir?: string },
): Promise<{ reference: string }> {
  requirePermission(admin, "subject-access.manage");
  const erased = await prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<
      Array<{ id: string }>
    >`SELECT id::text AS id FROM referrals WHERE id = ${input.referralId}::uuid FOR UPDATE`;
    const referral = locked ? await tx.referral.findUnique({ where: { id: input.referralId } }) : null;
    if (!referral) throw new AppError("erase.not-found", "confirmReference");
    if (referral.reference !== input.confirmReference.trim().toUpperCase())
      throw new AppError("erase.reference", "confirmReference");
    await eraseInTransaction(tx, referral, {
      kind: "request",
      actorId: admin.userId,
      reason: input.reason,
      ipAddress: input.ipAddress,
    });
    return { reference: referral.reference };
  });
  // Once the erasure is committed: the email files written about it, when email goes to files.
  if (input.mailDataDir) deleteMailFilesOf(input.mailDataDir, input.referralId);
  return erased;
}
