/**
 * The Postgres-backed job queue (pg-boss), on the same database as everything
 * else, so a job can be written in the same transaction as the change that
 * needs it: if the transaction rolls back, the job never existed.
 */
import "server-only";
import { PgBoss, fromPrisma, type Db, type SendOptions } from "pg-boss";
import type { Database, SqlRunner } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { log, describeError } from "@/lib/log";
import type { z } from "zod";
import { isEmailJob, type JobDefinition } from "./define-job";

/** What adding a job needs of its definition: where it goes and what it carries. */
type QueuedJob = { name: string; payload: z.ZodType };

const holder = globalThis as typeof globalThis & { __rjQueue?: PgBoss };

export type QueueStartOptions = {
  /** Extra queues (tests) beyond the application's own. */
  extraQueues?: Record<string, Parameters<PgBoss["createQueue"]>[1]>;
  /** The first wait before an email job is tried again (EMAIL_RETRY_DELAY_SECONDS). */
  emailRetryDelaySeconds?: number;
};

/** Starts pg-boss on `db` (installing or upgrading its own schema) and creates a queue for each job. */
export async function startJobQueue(
  db: Database,
  jobs: readonly JobDefinition[],
  options: QueueStartOptions = {},
): Promise<PgBoss> {
  const boss = new PgBoss({
    ...db.queueOptions(),
    schema: "pgboss",
    // Workers poll (every second for email); no queue sends NOTIFY (define-job.ts EMAIL_RETRIES).
    useListenNotify: false,
    // How soon a dead worker's job is noticed (missed heartbeats) and retried: a supervision
    // pass claims each queue at most once per monitor interval, so both are short.
    superviseIntervalSeconds: 5,
    monitorIntervalSeconds: 5,
  });
  boss.on("error", (error) => log.error({ err: describeError(error) }, "job queue error"));
  await boss.start();
  const queues: Record<string, Parameters<PgBoss["createQueue"]>[1]> = { ...options.extraQueues };
  for (const job of jobs) {
    const retryDelay =
      isEmailJob(job) && options.emailRetryDelaySeconds ? { retryDelay: options.emailRetryDelaySeconds } : {};
    queues[job.name] = { ...job.policy, ...retryDelay };
  }
  for (const [name, settings] of Object.entries(queues)) {
    const existing = await boss.getQueue(name);
    // updateQueue's type leaves out heartbeatSeconds, but it updates it; queues made before it was set need it.
    if (existing) await boss.updateQueue(name, (settings ?? {}) as Parameters<PgBoss["updateQueue"]>[1]);
    else await boss.createQueue(name, settings);
  }
  return boss;
}

/** Makes `boss` this process's queue, used by enqueue() and the worker. */
export function setQueue(boss: PgBoss | undefined): void {
  holder.__rjQueue = boss;
}

export function getQueue(): PgBoss {
  if (!holder.__rjQueue) throw new Error("The job queue has not been started (see lib/boot.ts).");
  return holder.__rjQueue;
}

/** Adds a job through `db` (a transaction's connection), checked against its definition first: a job that could never be done is never added. */
async function sendThrough<D extends QueuedJob>(
  boss: PgBoss,
  db: Db,
  job: D,
  data: z.input<D["payload"]>,
  options: SendOptions,
): Promise<string> {
  const id = await boss.send(job.name, job.payload.parse(data) as object, { ...options, db });
  if (!id) throw new Error(`The job queue did not accept a job for ${job.name}.`);
  return id;
}

/**
 * Adds a job inside a Prisma interactive transaction, so it is committed or
 * rolled back with the rest of the transaction.
 */
export function enqueueInTransaction<D extends QueuedJob>(
  boss: PgBoss,
  tx: Prisma.TransactionClient,
  job: D,
  data: z.input<D["payload"]>,
  options: SendOptions = {},
): Promise<string> {
  return sendThrough(boss, fromPrisma(tx), job, data, options);
}

/** The same, inside a Database.withWriteTransaction (the send). */
export function enqueueInWriteTransaction<D extends QueuedJob>(
  boss: PgBoss,
  tx: SqlRunner,
  job: D,
  data: z.input<D["payload"]>,
): Promise<string> {
  return sendThrough(
    boss,
    { executeSql: async (text, values) => ({ rows: await tx.query(text, values) }) },
    job,
    data,
    {},
  );
}

/**
 * Adds a job at most once for `key` within a day (pg-boss's singleton key): a
 * scheduled run retried, or run twice, sends each reminder once.
 */
export async function enqueueOncePerDay<D extends QueuedJob>(
  boss: PgBoss,
  job: D,
  data: z.input<D["payload"]>,
  key: string,
): Promise<string | null> {
  return boss.send(job.name, job.payload.parse(data) as object, { singletonKey: key, singletonSeconds: 24 * 3600 });
}

/** Adds a job on its own (when there is no transaction to join), checked the same way. */
export async function enqueue<D extends QueuedJob>(boss: PgBoss, job: D, data: z.input<D["payload"]>): Promise<string> {
  const id = await boss.send(job.name, job.payload.parse(data) as object);
  if (!id) throw new Error(`The job queue did not accept a job for ${job.name}.`);
  return id;
}

/**
 * Deletes every job about one referral, waiting, running or finished, inside
 * the erasure's transaction: an erased referral leaves nothing in the queue.
 * (The jobs hold only its id, but their outcomes belong to it.)
 */
export async function deleteJobsForReferral(tx: Prisma.TransactionClient, referralId: string): Promise<number> {
  // The queue's tables exist once it has started (always, in the service; not in every test).
  const [queue] = await tx.$queryRaw<
    Array<{ present: boolean }>
  >`SELECT to_regclass('pgboss.job') IS NOT NULL AS present`;
  if (!queue?.present) return 0;
  // Only jobs about a referral carry a referralId (lib/jobs/define-job.ts), whatever their queue.
  return tx.$executeRaw`DELETE FROM pgboss.job WHERE data->>'referralId' = ${referralId}`;
}
