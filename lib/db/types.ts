import "server-only";
import type { ConstructorOptions } from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Runs one parameterised statement on a connection held for it (a session, a write transaction). */
export interface SqlRunner {
  /** One parameterised statement ($1, $2, …), its rows. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

/** One database connection held for a while: advisory locks belong to a session. */
export interface SqlSession extends SqlRunner {
  /** A trusted script of several statements with no parameters (migration files). */
  exec(script: string): Promise<void>;
}

/** The session of a snapshot transaction, which can also stream a COPY out. */
export interface SnapshotSession extends SqlSession {
  /**
   * `COPY (select) TO STDOUT WITH (FORMAT csv)`: the CSV as the database writes
   * it, a chunk at a time; the next chunk is read from the database only when
   * the last has been taken. COPY takes no parameters: pass values in with
   * `set_config(…, $1, true)` first. Stopping early reads the rest and throws
   * it away, so the transaction can still commit. (Embedded: PGlite copies
   * into one blob in memory, which is then handed out in slices.)
   */
  copyCsvOut(select: string): AsyncIterable<Uint8Array>;
}

export interface Database {
  kind: "postgres" | "embedded";
  prisma: PrismaClient;
  /** Runs `fn` on one connection held for its whole duration. */
  withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` in one REPEATABLE READ transaction on one connection (a consistent
   * snapshot, for cursors): committed when `fn` returns, rolled back if it throws.
   * On the embedded database every other query waits until it ends.
   */
  withTransaction<T>(fn: (session: SnapshotSession) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` in one READ COMMITTED transaction on one connection, for writes
   * that take row locks other transactions wait on (the limits' counters):
   * committed when `fn` returns, rolled back if it throws. Lighter than a
   * Prisma interactive transaction, for the send (issue 24); on PostgreSQL
   * each statement is prepared once per connection, as Prisma's are.
   */
  withWriteTransaction<T>(fn: (session: SqlRunner) => Promise<T>): Promise<T>;
  /** How pg-boss should reach this database. */
  queueOptions(): Pick<ConstructorOptions, "connectionString" | "db" | "backend" | "max">;
  /** Where the database is, safe to print: never includes a password. */
  location: string;
  close(): Promise<void>;
}
