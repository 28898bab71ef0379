/**
 * Writing to the audit trail. Every sign-in (success and failure), sign-out,
 * view of a referral, change, note, re-send, export and deletion goes through
 * here, inside the same transaction as the thing it records where there is one.
 * Rows can never be changed or deleted (a database trigger refuses).
 */
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { toJson } from "@/lib/db/json";
import type { SqlSession } from "@/lib/db/types";
import type { AuditAction } from "./actions";

export type AuditEntry = {
  /** One of the names in lib/audit/actions.ts, each with the words the audit page shows. */
  action: AuditAction;
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

/** The same row, written on a held SQL session (inside a cursor's transaction, where Prisma cannot reach). */
export async function recordAuditSql(session: SqlSession, entry: AuditEntry): Promise<void> {
  await session.query(
    "INSERT INTO audit_events (action, actor_id, referral_id, ip_address, details) VALUES ($1, $2::uuid, $3::uuid, $4, $5::jsonb)",
    [
      entry.action,
      entry.actorId ?? null,
      entry.referralId ?? null,
      entry.ipAddress ?? null,
      entry.details ? JSON.stringify(entry.details) : null,
    ],
  );
}
