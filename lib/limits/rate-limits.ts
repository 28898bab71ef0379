/**
 * Rate limits, kept in PostgreSQL so that every web instance shares them
 * (rate-limiter-flexible's Postgres store: one INSERT … ON CONFLICT … RETURNING
 * per check, so two requests at once are both counted, never count-then-insert).
 *
 * Each limit is a number of points in a window, per key (usually the client's
 * address, as the HTTP server worked it out). A refusal says when the window
 * ends, so the person can be told when to try again.
 */
import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { SqlRunner } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type LimitRule = { name: string; points: number; windowSeconds: number };

/** `used`: the points counted in this window, this one included. */
export type LimitResult = { allowed: true; used: number } | { allowed: false; used: number; retryAt: Date };

/** The table the migration creates (prisma/schema.prisma: RateLimit), in rate-limiter-flexible's own layout. */
const TABLE = "rate_limits";

/** What the store asks of a database client: one parameterised statement, its rows back. */
function storeClient(db: PrismaClient) {
  return {
    async query(statement: { text: string; values?: unknown[] }) {
      const rows = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(
        statement.text,
        ...(statement.values ?? []),
      );
      // Prisma returns bigint columns as BigInt, which the store cannot subtract from a number.
      return {
        rowCount: rows.length,
        rows: rows.map((row) =>
          Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])),
        ),
      };
    },
  };
}

const holder = globalThis as typeof globalThis & {
  __rjLimiters?: Map<string, { db: PrismaClient; limiter: RateLimiterPostgres }>;
};

function limiterFor(db: PrismaClient, rule: LimitRule): RateLimiterPostgres {
  holder.__rjLimiters ??= new Map();
  const id = `${rule.name}:${rule.points}:${rule.windowSeconds}`;
  const cached = holder.__rjLimiters.get(id);
  if (cached && cached.db === db) return cached.limiter;
  const limiter = new RateLimiterPostgres({
    storeClient: storeClient(db),
    storeType: "client",
    tableName: TABLE,
    tableCreated: true,
    keyPrefix: rule.name,
    points: rule.points,
    duration: rule.windowSeconds,
    // Rows an hour past their window are deleted every five minutes by each process.
    clearExpiredByTimeout: true,
  });
  holder.__rjLimiters.set(id, { db, limiter });
  return limiter;
}

/** Counts one more for `key` under `rule`; refuses once the rule's points are used up. Database errors are thrown. */
export async function consume(db: PrismaClient, rule: LimitRule, key: string, points = 1): Promise<LimitResult> {
  try {
    const result = await limiterFor(db, rule).consume(key, points);
    return { allowed: true, used: result.consumedPoints };
  } catch (outcome) {
    if (outcome instanceof RateLimiterRes) {
      return { allowed: false, used: outcome.consumedPoints, retryAt: new Date(Date.now() + outcome.msBeforeNext) };
    }
    throw outcome;
  }
}

/**
 * Counts one more for each `key` under its `rule`, in one statement inside the
 * caller's transaction, so the counts stand or fall with the rest of it (a
 * send that fails rolls its counts back). The same rows and arithmetic as the
 * library's own upsert (its reads, refunds and clean-up see them as its own);
 * the library cannot join a transaction, and would take a round trip a key.
 * Rows are locked in key order, so two transactions never wait on each other
 * in a circle, and held until the commit: call it last.
 */
export async function consumeInTransaction(
  tx: SqlRunner,
  counts: ReadonlyArray<{ rule: LimitRule; key: string }>,
  now = Date.now(),
): Promise<LimitResult[]> {
  const keys = counts.map(({ rule, key }) => `${rule.name}:${key}`);
  const expires = counts.map(({ rule }) => now + rule.windowSeconds * 1000);
  const rows = await tx.query<{ key: string; points: number; expire: bigint | string | null }>(
    `INSERT INTO rate_limits (key, points, expire)
     SELECT key, 1, expire FROM unnest($1::varchar[], $2::bigint[]) AS counted(key, expire) ORDER BY key
     ON CONFLICT (key) DO UPDATE SET
       points = CASE WHEN rate_limits.expire <= $3::bigint THEN 1 ELSE rate_limits.points + 1 END,
       expire = CASE WHEN rate_limits.expire <= $3::bigint THEN EXCLUDED.expire ELSE rate_limits.expire END
     RETURNING key, points, expire`,
    [keys, expires, now],
  );
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return counts.map(({ rule }, index) => {
    const row = byKey.get(keys[index]!)!;
    if (row.points <= rule.points) return { allowed: true, used: row.points };
    return { allowed: false, used: row.points, retryAt: new Date(row.expire === null ? now : Number(row.expire)) };
  });
}

/** Gives back points consumed for something that turned out not to count (a repeat of a request already sent). */
export async function refund(db: PrismaClient, rule: LimitRule, key: string, points = 1): Promise<void> {
  await limiterFor(db, rule).reward(key, points);
}

/** Forgets `key` under `rule` (a successful sign-in clears its failures). */
export async function forget(db: PrismaClient, rule: LimitRule, key: string): Promise<void> {
  await limiterFor(db, rule).delete(key);
}

/** How many points `key` has used in its current window (0 when none). */
export async function used(db: PrismaClient, rule: LimitRule, key: string): Promise<number> {
  const result = await limiterFor(db, rule).get(key);
  return result?.consumedPoints ?? 0;
}

/** When `key` may try again under `rule`, if it is refused now; null if it is not. Read from the store, never from the client. */
export async function blockedUntil(db: PrismaClient, rule: LimitRule, key: string): Promise<Date | null> {
  const result = await limiterFor(db, rule).get(key);
  return result && result.consumedPoints > rule.points ? new Date(Date.now() + result.msBeforeNext) : null;
}
