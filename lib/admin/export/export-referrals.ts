/**
 * Exports referrals as CSV, streamed from PostgreSQL through a server-side
 * cursor (a batch at a time: never every row in memory). The count, the audit
 * row and the rows all come from one snapshot, so the audit trail records
 * exactly what was exported: who, when, the filters, minimised or full, the
 * reason and the row count. The audit row is committed even if the download
 * is abandoned half-way.
 */
import "server-only";
import type { Database, SqlSession } from "@/lib/db";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import { recordAuditSql } from "@/lib/audit/record";
import { ukDay } from "@/lib/dates";
import { describeError, log } from "@/lib/log";
import { columnsFor, formatRow } from "./columns";
import { csvRecords, UTF8_BOM } from "./csv";
import { receivedBounds, type ExportRequest } from "./export-filters";

export const EXPORT_BATCH_ROWS = 2000;

export type ExportResult = { rowCount: number; rowsWritten: number; completed: boolean };

function whereClause(request: ExportRequest): { sql: string; params: unknown[] } {
  const { from, to } = receivedBounds(request);
  const params: unknown[] = [];
  const conditions: string[] = [];
  if (from) conditions.push(`r.created_at >= $${params.push(from)}`);
  if (to) conditions.push(`r.created_at < $${params.push(to)}`);
  if (request.status.length > 0) conditions.push(`r.status = ANY($${params.push(request.status)}::text[]::referral_status[])`);
  return { sql: conditions.length ? `WHERE ${conditions.join(" AND ")}` : "", params };
}

export function exportFileName(request: ExportRequest, now = new Date()): string {
  return `referrals-${request.mode}-${ukDay(now)}.csv`;
}

/**
 * Writes the CSV to `write` (which may wait: that is the back-pressure). If
 * `write` fails (the browser went away), the export stops and says so.
 */
export async function exportReferrals(
  db: Database,
  admin: AuthorisedStaff,
  request: ExportRequest,
  write: (chunk: string) => Promise<void>,
  options: { ipAddress?: string; batchRows?: number } = {},
): Promise<ExportResult> {
  requirePermission(admin, "export.referrals");
  const columns = columnsFor(request.mode);
  const where = whereClause(request);
  return db.withTransaction(async (session: SqlSession) => {
    const [{ n }] = (await session.query<{ n: number }>(`SELECT count(*)::int AS n FROM referrals r ${where.sql}`, where.params)) as [{ n: number }];
    await recordAuditSql(session, {
      action: "export.referrals",
      actorId: admin.userId,
      ipAddress: options.ipAddress,
      details: { from: request.from ?? null, to: request.to ?? null, statuses: request.status, mode: request.mode, reason: request.reason || null, rowCount: n },
    });
    const select = columns.map((column, index) => `${column.sql} AS c${index}`).join(", ");
    await session.query(`DECLARE referral_export NO SCROLL CURSOR FOR SELECT ${select} FROM referrals r ${where.sql} ORDER BY r.created_at, r.id`, where.params);
    let written = 0;
    let writeFailed = false;
    const send = (chunk: string) => write(chunk).catch((error: unknown) => {
      writeFailed = true;
      throw error;
    });
    try {
      await send(UTF8_BOM + csvRecords([columns.map((c) => c.header)]));
      for (;;) {
        const rows = await session.query(`FETCH FORWARD ${options.batchRows ?? EXPORT_BATCH_ROWS} FROM referral_export`);
        if (rows.length === 0) break;
        await send(csvRecords(rows.map((row) => formatRow(columns, row))));
        written += rows.length;
      }
    } catch (error) {
      if (!writeFailed) throw error;
      // The browser went away: keep the audit row (commit), report what was sent.
      return { rowCount: n, rowsWritten: written, completed: false };
    } finally {
      await session.query("CLOSE referral_export").catch(() => undefined);
    }
    return { rowCount: n, rowsWritten: written, completed: true };
  });
}

/** The export as a web stream for a Response: each batch waits until the browser has taken the last. */
export function exportStream(run: (write: (chunk: string) => Promise<void>) => Promise<ExportResult>): ReadableStream<Uint8Array> {
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  const encoder = new TextEncoder();
  const write = async (chunk: string) => {
    await writer.ready;
    await writer.write(encoder.encode(chunk));
  };
  run(write).then(
    (result) => {
      if (result.completed) return writer.close();
      log.info({ rowCount: result.rowCount, rowsWritten: result.rowsWritten }, "export abandoned by the browser");
      return writer.abort(new Error("export stopped"));
    },
    (error: unknown) => {
      // Only the error's name and message: never a row.
      log.error({ err: describeError(error) }, "export failed");
      return writer.abort(error);
    },
  ).catch(() => undefined);
  return readable;
}
