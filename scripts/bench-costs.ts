/**
 * What a request costs beside its rate, for the benchmarks: CPU time of a
 * process and of the PostgreSQL server (all its processes, from /proc), and
 * the database work done (pg_stat_database: commits, rows inserted, updated,
 * deleted). Linux only; on another system the CPU columns read 0.
 */
import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";

const TICKS_PER_SECOND = 100;

function cpuTicks(pid: number | string): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command (which may hold spaces) start after its ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return 0;
  }
}

/** CPU milliseconds used so far by this process. */
export function processCpuMs(pid: number): number {
  return (cpuTicks(pid) * 1000) / TICKS_PER_SECOND;
}

/** CPU milliseconds used so far by every PostgreSQL process on this machine (the database server's share). */
export function postgresCpuMs(): number {
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres") ticks += cpuTicks(entry);
    } catch {
      // gone meanwhile
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

export type DatabaseWork = { commits: number; inserted: number; updated: number; deleted: number };

/**
 * Rows written to the tables requests write (the catalogue and the job queue's
 * own bookkeeping, which its timers update all the time, left out), and
 * commits in the whole database (those timers add a few a second: spread over
 * the sample, a small fraction a request).
 */
async function readWork(db: pg.Client): Promise<DatabaseWork> {
  const {
    rows: [row],
  } = await db.query(
    `SELECT (SELECT xact_commit FROM pg_stat_database WHERE datname = current_database())::float8 AS commits,
            coalesce(sum(n_tup_ins), 0)::float8 AS inserted, coalesce(sum(n_tup_upd), 0)::float8 AS updated,
            coalesce(sum(n_tup_del), 0)::float8 AS deleted
       FROM pg_stat_all_tables
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
        AND NOT (schemaname = 'pgboss' AND relname IN ('queue', 'version', 'subscription', 'warning'))`,
  );
  return row as DatabaseWork;
}

export type Settled = { work: DatabaseWork; at: number; reads: number; backgroundCommitsPerSecond: number };

/**
 * The database's counters once every connection has reported: a connection
 * left idle sends its counts about ten seconds later (PostgreSQL's
 * PGSTAT_IDLE_INTERVAL), so this waits that long, then until two reads a few
 * seconds apart agree on the rows. Between those two reads nothing is asked of
 * the server, so the commits counted there are its own timers' (the job
 * queue's upkeep): its background rate.
 */
export async function settledWork(db: pg.Client): Promise<Settled> {
  await new Promise((resolve) => setTimeout(resolve, 11_000));
  let last = { work: await readWork(db), at: performance.now() };
  let reads = 1;
  for (let tries = 0; tries < 5; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const now = { work: await readWork(db), at: performance.now() };
    reads += 1;
    const rows = (w: DatabaseWork) => `${w.inserted}/${w.updated}/${w.deleted}`;
    if (rows(now.work) === rows(last.work)) {
      // Less one commit: our own read.
      const background = (now.work.commits - last.work.commits - 1) / ((now.at - last.at) / 1000);
      return { ...now, reads, backgroundCommitsPerSecond: Math.max(0, background) };
    }
    last = now;
  }
  throw new Error("The database's counters did not settle: something else is writing to it");
}

/**
 * Database work per request between two settled readings (`count` requests):
 * the commits less the later reading's own reads and the background's rate over the time between.
 */
export function workPer(before: Settled, after: Settled, count: number): DatabaseWork {
  const seconds = (after.at - before.at) / 1000;
  const background = Math.min(before.backgroundCommitsPerSecond, after.backgroundCommitsPerSecond) * seconds;
  const per = (key: keyof DatabaseWork, less = 0) => (after.work[key] - before.work[key] - less) / count;
  return {
    commits: per("commits", after.reads + background),
    inserted: per("inserted"),
    updated: per("updated"),
    deleted: per("deleted"),
  };
}
