/**
 * Applies the SQL migrations in prisma/migrations, in name order, the way
 * `prisma migrate deploy` does: same `_prisma_migrations` table, same checksum
 * (SHA-256 of migration.sql), same advisory lock key. So the real Prisma CLI can
 * take over wherever its schema engine is available, and two processes starting
 * at once wait for each other instead of applying a migration twice.
 *
 * Unlike Prisma, each migration runs in a transaction together with its record,
 * so a failing migration leaves nothing half-applied (PostgreSQL DDL is
 * transactional). Do not use CREATE INDEX CONCURRENTLY in a migration.
 */
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { SqlSession } from "./types";

/** The key Prisma's own migrate commands lock on. */
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

export const DEFAULT_MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

export type Migration = { name: string; sql: string; checksum: string };

export type MigrationResult = { applied: string[]; alreadyApplied: string[]; changedSinceApplied: string[] };

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

export function readMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): Migration[] {
  return readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((name) => statSync(/*turbopackIgnore: true*/ path.join(dir, name)).isDirectory())
    .sort()
    .map((name) => {
      const sql = readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export async function migrate(session: SqlSession, dir: string = DEFAULT_MIGRATIONS_DIR): Promise<MigrationResult> {
  const migrations = readMigrations(dir);
  const result: MigrationResult = { applied: [], alreadyApplied: [], changedSinceApplied: [] };

  await session.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
  try {
    await session.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await session.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"',
    );
    for (const migration of migrations) {
      const records = rows.filter((row) => row.migration_name === migration.name && row.rolled_back_at === null);
      const done = records.find((row) => row.finished_at !== null);
      if (done) {
        result.alreadyApplied.push(migration.name);
        if (done.checksum !== migration.checksum) result.changedSinceApplied.push(migration.name);
        continue;
      }
      if (records.length > 0) {
        // Left by `prisma migrate deploy` after a failure: it must be resolved by a person.
        throw new MigrationError(
          `Migration ${migration.name} failed earlier and was not rolled back. ` +
            "Fix the database, then mark it with `prisma migrate resolve`.",
        );
      }
      await applyOne(session, migration);
      result.applied.push(migration.name);
    }
  } finally {
    await session.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
  }
  return result;
}

async function applyOne(session: SqlSession, migration: Migration): Promise<void> {
  await session.exec("BEGIN");
  try {
    await session.exec(migration.sql);
    await session.query(
      `INSERT INTO "_prisma_migrations"
         (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await session.exec("COMMIT");
  } catch (error) {
    await session.exec("ROLLBACK");
    throw new MigrationError(
      `Migration ${migration.name} failed and was rolled back: ${error instanceof Error ? error.message : "unknown error"}`,
    );
  }
}
