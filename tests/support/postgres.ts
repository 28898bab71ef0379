/**
 * Throwaway databases on the real PostgreSQL server for integration tests.
 * TEST_DATABASE_URL points at any database on that server (default: the local
 * server's "postgres" database); each test file creates and drops its own.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export type TestDatabase = { url: string; name: string; drop(): Promise<void> };

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `rj_test_${label.replace(/[^a-z0-9]/gi, "_").toLowerCase()}_${randomBytes(4).toString("hex")}`;
  // Identifiers cannot be parameters; the name is made only of [a-z0-9_] above.
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    name,
    url: withDatabase(ADMIN_URL, name),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

export async function checkPostgresReachable(): Promise<void> {
  try {
    await admin((client) => client.query("SELECT 1"));
  } catch (error) {
    const where = new URL(ADMIN_URL);
    throw new Error(
      `Integration tests need PostgreSQL at ${where.hostname}:${where.port || 5432} ` +
        `(set TEST_DATABASE_URL to use another server): ${(error as Error).message}`,
    );
  }
}
