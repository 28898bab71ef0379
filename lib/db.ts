/**
 * The one database of this process: a PostgreSQL server when DATABASE_URL is
 * set, otherwise embedded PostgreSQL (PGlite) under DATA_DIR.
 *
 * Kept on globalThis so that every copy of this module (Next.js bundles the
 * server code more than once, and reloads it in development) shares one
 * connection pool, and, above all, one embedded database: a second PGlite on
 * the same folder would silently lose writes.
 */
import "server-only";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openEmbedded } from "./db/open-embedded";
import { openPostgres } from "./db/open-postgres";
import type { Database } from "./db/types";

export type { Database, SnapshotSession, SqlRunner, SqlSession } from "./db/types";

const holder = globalThis as typeof globalThis & { __rjDatabase?: Promise<Database> };

export type DatabaseSettings = { databaseUrl: string | undefined; dataDir: string };

/** Opens a database without registering it as this process's one (tests, tools). */
export function openDatabase(settings: DatabaseSettings): Promise<Database> {
  return settings.databaseUrl ? openPostgres(settings.databaseUrl) : openEmbedded(settings.dataDir);
}

/** This process's database, opened on first use. */
export function getDatabase(): Promise<Database> {
  if (!holder.__rjDatabase) {
    const opening = openDatabase(env());
    holder.__rjDatabase = opening;
    // A failed open must not stick: the next caller tries again.
    opening.catch(() => {
      if (holder.__rjDatabase === opening) holder.__rjDatabase = undefined;
    });
  }
  return holder.__rjDatabase;
}

/** The Prisma client of this process's database. */
export async function prisma(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}

export async function closeDatabase(): Promise<void> {
  const opening = holder.__rjDatabase;
  holder.__rjDatabase = undefined;
  if (opening) await (await opening).close();
}
