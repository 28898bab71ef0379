/**
 * Exports referrals as CSV. PostgreSQL writes the CSV itself (COPY … TO
 * STDOUT) and the chunks go to the browser as they come, each waiting until
 * the browser has taken the last: the web process never holds more than a
 * chunk, nor turns rows into objects and back. The count, the audit row and
 * the rows all come from one snapshot, so the audit trail records exactly
 * what was exported: who, when, the filters, minimised or full, the reason
 * and the row count. The audit row is committed even if the download is
 * abandoned half-way.
 */
import "server-only";
import type { Database, SnapshotSession } from "@/lib/db";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import { recordAuditSql } from "@/lib/audit/record";
import { ukDay } from "@/lib/dates";
import { describeError, log } from "@/lib/log";
import { cellSql, columnsFor, columnWords } from "./columns";
import { csvRecords, FORMULA_START_CODES, UTF8_BOM } from "./csv";
import { receivedBounds, type ExportRequest } from "./export-filters";
import { crlfRecordEnds } from "./record-ends";

export type ExportResult = { rowCount: number; rowsWritten: number; completed: boolean };

/** The browser went away: not an error of the export. */
class WriteFailed extends Error {}

/**
 * The filters, as settings of this transaction: COPY takes no parameters, so
 * the values go in as parameters of set_config and are read back with
 * current_setting. Returns the WHERE clause that reads them.
 */
async function setFilters(session: SnapshotSession, request: ExportRequest, words: object): Promise<string> {
  const { from, to } = receivedBounds(request);
  await session.query(
    `SELECT set_config('rj_export.from', $1, true), set_config('rj_export.to', $2, true),
            set_config('rj_export.statuses', $3, true), set_config('rj_export.words', $4, true)`,
    [from?.toISOString() ?? "", to?.toISOString() ?? "", request.status.join(","), JSON.stringify(words)],
  );
  // Compiling this wide query costs more than running it (about 0.5 s measured): no JIT for it.
  await session.exec("SET LOCAL jit = off");
  const conditions: string[] = [];
  if (from) conditions.push(`r.created_at >= current_setting('rj_export.from')::timestamptz`);
  if (to) conditions.push(`r.created_at < current_setting('rj_export.to')::timestamptz`);
  if (request.status.length > 0)
    conditions.push(`r.status::text = ANY(string_to_array(current_setting('rj_export.statuses'), ','))`);
  return conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
}

/**
 * The export's SELECT: every cell as text, its words looked up in the settings
 * (read once, as an init plan), and any cell a spreadsheet would run as a
 * formula given a leading apostrophe. The inner query is kept apart (OFFSET 0)
 * so each cell is worked out once, in the index's order.
 */
function exportSelect(request: ExportRequest, where: string): string {
  const columns = columnsFor(request.mode);
  const words = "(SELECT current_setting('rj_export.words')::jsonb)";
  const cells = columns.map((column, i) => `${cellSql(column, i, words)} AS c${i}`).join(", ");
  const codes = FORMULA_START_CODES.join(", ");
  const safe = columns
    .map((_, i) => `CASE WHEN ascii(s.c${i}) IN (${codes}) THEN '''' || s.c${i} ELSE s.c${i} END`)
    .join(", ");
  return `SELECT ${safe} FROM (SELECT ${cells}, r.created_at AS sort_at, r.id AS sort_id FROM referrals r ${where} ORDER BY r.created_at, r.id OFFSET 0) s
    ORDER BY s.sort_at, s.sort_id`;
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
  write: (chunk: Uint8Array) => Promise<void>,
  options: { ipAddress?: string } = {},
): Promise<ExportResult> {
  requirePermission(admin, "export.referrals");
  const columns = columnsFor(request.mode);
  return db.withTransaction(async (session) => {
    const where = await setFilters(session, request, columnWords(columns));
    const [{ n }] = (await session.query<{ n: number }>(`SELECT count(*)::int AS n FROM referrals r ${where}`)) as [
      { n: number },
    ];
    await recordAuditSql(session, {
      action: "export.referrals",
      actorId: admin.userId,
      ipAddress: options.ipAddress,
      details: {
        from: request.from ?? null,
        to: request.to ?? null,
        statuses: request.status,
        mode: request.mode,
        reason: request.reason || null,
        rowCount: n,
      },
    });
    const send = (chunk: Uint8Array) =>
      write(chunk).catch((error: unknown) => {
        throw new WriteFailed("the download stopped", { cause: error });
      });
    const recordEnds = crlfRecordEnds();
    let written = 0;
    try {
      await send(new TextEncoder().encode(UTF8_BOM + csvRecords([columns.map((c) => c.header)])));
      for await (const chunk of session.copyCsvOut(exportSelect(request, where))) {
        const converted = recordEnds.convert(chunk);
        await send(converted);
        written = recordEnds.records;
      }
    } catch (error) {
      if (!(error instanceof WriteFailed)) throw error;
      // The browser went away: keep the audit row (commit), report what was sent.
      return { rowCount: n, rowsWritten: written, completed: false };
    }
    return { rowCount: n, rowsWritten: written, completed: true };
  });
}

/** The export as a web stream for a Response: each chunk waits until the browser has taken the last. */
export function exportStream(
  run: (write: (chunk: Uint8Array) => Promise<void>) => Promise<ExportResult>,
): ReadableStream<Uint8Array> {
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  const write = async (chunk: Uint8Array) => {
    await writer.ready;
    await writer.write(chunk);
  };
  run(write)
    .then(
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
    )
    .catch(() => undefined);
  return readable;
}
