/**
 * The frame every change to a case goes through: in one transaction, check the
 * referral exists and has not been changed since the member of staff loaded it
 * (the version they saw), apply the change, write its timeline entry and its
 * audit row, and move the version on. Two people changing the same referral at
 * once: the second is told to reload, never silently overwrites the first.
 */
import "server-only";
import type { Prisma, PrismaClient, Referral } from "@/lib/generated/prisma/client";
import type { AuditAction } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { formatDate } from "@/lib/dates";
import { withdrawnRefusal, type CaseActionKind } from "./contact-wishes";

/** A change made: the referral's new version (what the page must send with the next change). */
export type CaseChange = { version: number };

/**
 * Any refusal inside `apply` is an AppError: it rolls the transaction back and
 * reaches the person as a message by the field it concerns.
 */
export async function changeCase(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: { referralId: string; version: number; ipAddress?: string },
  /** Which kind of action (the person's withdrawal refuses some) and how it is audited. */
  audit: { kind: CaseActionKind; action: AuditAction; details?: Record<string, unknown> },
  apply: (tx: Prisma.TransactionClient, referral: Referral) => Promise<Prisma.ReferralUncheckedUpdateManyInput | void>,
): Promise<CaseChange> {
  requirePermission(staff, "referral.change");
  return prisma.$transaction(async (tx) => {
    const referral = await tx.referral.findUnique({ where: { id: input.referralId } });
    if (!referral) throw new AppError("referral.not-found");
    // The person's withdrawal wins over any staff action, whatever the form offered; it is said
    // before "someone changed it" so a page left open tells the real reason.
    const refusal = withdrawnRefusal(referral, audit.kind);
    if (refusal) throw new AppError(refusal.code, "form", refusal.values);
    // So is the person's pause, for contact: the version moved when they paused, but the pause is the reason.
    if (audit.kind === "contact" && referral.pausedUntil && referral.pausedUntil > new Date()) {
      throw new AppError("contact.paused", "channel", { until: formatDate(referral.pausedUntil) });
    }
    if (referral.version !== input.version) throw new AppError("referral.conflict");
    const changes = (await apply(tx, referral)) ?? {};
    // The version check and the update are one statement: a racing change finds no row.
    const updated = await tx.referral.updateMany({
      where: { id: referral.id, version: input.version },
      data: { ...changes, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("referral.conflict");
    await recordAudit(tx, {
      action: audit.action,
      actorId: staff.userId,
      referralId: referral.id,
      ipAddress: input.ipAddress,
      details: audit.details,
    });
    return { version: input.version + 1 };
  });
}
