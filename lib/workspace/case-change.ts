/**
 * The frame every change to a case goes through: in one transaction, check the
 * referral exists and has not been changed since the member of staff loaded it
 * (the version they saw), apply the change, write its timeline entry and its
 * audit row, and move the version on. Two people changing the same referral at
 * once: the second is told to reload, never silently overwrites the first.
 */
import "server-only";
import type { Prisma, PrismaClient, Referral } from "@/lib/generated/prisma/client";
import type { SignedInStaff } from "@/lib/auth/sessions";
import { recordAudit } from "@/lib/audit/record";

export type CaseChangeResult =
  | { ok: true; version: number }
  | { ok: false; code: "not-found" | "conflict" | "invalid"; message: string; field?: string };

export const CONFLICT_MESSAGE =
  "Someone else changed this referral while you were looking at it. Check what they did, then try again";

export class CaseChangeRefused extends Error {
  constructor(readonly message: string, readonly field?: string) {
    super(message);
    this.name = "CaseChangeRefused";
  }
}

export async function changeCase(
  prisma: PrismaClient,
  staff: SignedInStaff,
  input: { referralId: string; version: number; ipAddress?: string },
  audit: { action: string; details?: Record<string, unknown> },
  apply: (tx: Prisma.TransactionClient, referral: Referral) => Promise<Prisma.ReferralUncheckedUpdateManyInput | void>,
): Promise<CaseChangeResult> {
  try {
    return await prisma.$transaction(async (tx) => {
      const referral = await tx.referral.findUnique({ where: { id: input.referralId } });
      if (!referral) return { ok: false, code: "not-found", message: "Referral not found" } as const;
      if (referral.version !== input.version) return { ok: false, code: "conflict", message: CONFLICT_MESSAGE } as const;
      const changes = (await apply(tx, referral)) ?? {};
      // The version check and the update are one statement: a racing change finds no row.
      const updated = await tx.referral.updateMany({
        where: { id: referral.id, version: input.version },
        data: { ...changes, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new CaseChangeRefused(CONFLICT_MESSAGE, "conflict");
      await recordAudit(tx, { action: audit.action, actorId: staff.userId, referralId: referral.id, ipAddress: input.ipAddress, details: audit.details });
      return { ok: true, version: input.version + 1 } as const;
    });
  } catch (error) {
    if (error instanceof CaseChangeRefused) {
      return error.field === "conflict"
        ? { ok: false, code: "conflict", message: error.message }
        : { ok: false, code: "invalid", message: error.message, field: error.field };
    }
    throw error;
  }
}
