/**
 * Writing to the audit trail. Every sign-in (success and failure), sign-out,
 * view of a referral, change, note, re-send, export and deletion goes through
 * here, inside the same transaction as the thing it records where there is one.
 * Rows can never be changed or deleted (a database trigger refuses).
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { toJson } from "@/lib/db/json";

export type AuditEntry = {
  action: string;
  actorId?: string | null;
  referralId?: string | null;
  ipAddress?: string | null;
  /** What changed, never personal data of victims. */
  details?: Record<string, unknown>;
};

export async function recordAudit(db: PrismaClient | Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      referralId: entry.referralId ?? null,
      ipAddress: entry.ipAddress ?? null,
      details: entry.details ? toJson(entry.details) : undefined,
    },
  });
}
