/** A PostgreSQL server reached through DATABASE_URL. */
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { finished } from "node:stream/promises";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { Database, SnapshotSession, SqlRunner } from "./types";

/** host:port/database, without user or password, for messages and logs. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "(an unreadable DATABASE_URL)";
  }
}

/** One held connection as a session. */
function sessionOn(held: pg.PoolClient): SnapshotSession {
  return {
    async query(text, params) {
      return (await held.query(text, params)).rows;
    },
    async exec(script) {
      await held.query(script);
    },
    async *copyCsvOut(select) {
      const stream = held.query(copyTo(`COPY (${select}) TO STDOUT WITH (FORMAT csv)`));
      let complete = false;
      try {
        // destroyOnReturn: false, because destroying the stream half-way would leave the connection inside COPY.
        for await (const chunk of stream.iterator({ destroyOnReturn: false })) yield chunk as Uint8Array;
        complete = true;
      } finally {
        // Stopped early (the browser went away): read the rest, unused, so the connection and its transaction can go on.
        if (!complete) await finished(stream.resume()).catch(() => undefined);
      }
    },
  };
}

/**
 * Each SQL text the service sends is prepared once per connection and then
 * only executed (its parse and plan are kept), by a name of its own. The texts
 * come from the code, not from input, so there are few; past that many, a
 * text is sent as before, unnamed, so the server's memory stays bounded.
 */
const PREPARED_TEXTS = 1000;
const statementNames = new Map<string, string>();

/** "" is pg's unnamed statement (parsed each time). */
function preparedStatementName(query: { sql: string }): string {
  const known = statementNames.get(query.sql);
  if (known || statementNames.size >= PREPARED_TEXTS) return known ?? "";
  const name = `rj_${statementNames.size + 1}`;
  statementNames.set(query.sql, name);
  return name;
}

/** One held connection for writes: each text prepared once on it, by the same names Prisma's statements use. */
function preparedOn(held: pg.PoolClient): SqlRunner {
  return {
    async query(text, params = []) {
      return (await held.query({ name: preparedStatementName({ sql: text }), text, values: params })).rows;
    },
  };
}

/**
 * Runs `fn` between `begin` and COMMIT on one connection; ROLLBACK if it
 * throws. A connection whose ROLLBACK failed is closed, not reused.
 */
async function inTransaction<T>(pool: pg.Pool, begin: string, fn: (held: pg.PoolClient) => Promise<T>): Promise<T> {
  const held = await pool.connect();
  let broken = false;
  try {
    await held.query(begin);
    try {
      const result = await fn(held);
      await held.query("COMMIT");
      return result;
    } catch (error) {
      // The error that matters is the first.
      await held.query("ROLLBACK").catch(() => {
        broken = true;
      });
      throw error;
    }
  } finally {
    held.release(broken);
  }
}

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on("error", () => undefined);
  const client = await pool.connect(); // fail now, with a clear error, if the server is unreachable
  client.release();

  const prisma = new PrismaClient({
    adapter: new PrismaPg(pool, { statementNameGenerator: preparedStatementName }),
    errorFormat: "minimal",
  });
  const database: Database = {
    kind: "postgres",
    prisma,
    location: describePostgresUrl(url),
    async withSession(fn) {
      const held = await pool.connect();
      try {
        return await fn(sessionOn(held));
      } finally {
        held.release();
      }
    },
    withTransaction: (fn) =>
      inTransaction(pool, "BEGIN ISOLATION LEVEL REPEATABLE READ", (held) => fn(sessionOn(held))),
    withWriteTransaction: (fn) => inTransaction(pool, "BEGIN", (held) => fn(preparedOn(held))),
    queueOptions: () => ({ connectionString: url, max: 5 }),
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
  return database;
}
