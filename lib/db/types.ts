import "server-only";
import type { ConstructorOptions } from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** One database connection held for a while: advisory locks belong to a session. */
export interface SqlSession {
  /** One parameterised statement. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** A trusted script of several statements with no parameters (migration files). */
  exec(script: string): Promise<void>;
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
  withTransaction<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  /** How pg-boss should reach this database. */
  queueOptions(): Pick<ConstructorOptions, "connectionString" | "db" | "backend" | "max">;
  /** Where the database is, safe to print: never includes a password. */
  location: string;
  close(): Promise<void>;
}
