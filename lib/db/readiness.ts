/**
 * The database half of GET /readyz: the database answers within a short time,
 * and the newest migration this code knows of is recorded as applied.
 */
import "server-only";
import type { Database } from "./types";

const TIMEOUT_MS = 2000;

type Check = "ok" | "failing";

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function databaseReadiness(
  db: Database,
  newestMigration: string | undefined,
): Promise<{ database: Check; migrations: Check }> {
  try {
    const rows = await within(
      db.withSession((session) =>
        session.query<{ applied: boolean }>(
          `SELECT EXISTS (SELECT 1 FROM "_prisma_migrations"
             WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL) AS applied`,
          [newestMigration ?? ""],
        ),
      ),
      TIMEOUT_MS,
    );
    return { database: "ok", migrations: rows[0]?.applied ? "ok" : "failing" };
  } catch {
    return { database: "failing", migrations: "failing" };
  }
}
