/**
 * How every email queue is worked: jobs are fetched in batches and sent a few
 * at a time (each queue with its own SMTP connections, so a burst on one queue
 * cannot hold up another), and each job is settled on its own: one refused
 * message is retried without sending the rest of its batch again.
 *
 * What the queue keeps of a failure is a short description made by
 * describeDeliveryError: never the mail server's whole answer (it may quote
 * the person's address), never a stack trace.
 */
import "server-only";
import type { JobResult, JobWithMetadata, PgBoss } from "pg-boss";
import type { z } from "zod";
import { errorForLog, log } from "@/lib/log";
import { describeDeliveryError } from "@/lib/email/delivery-error";

export type EmailQueueOptions = {
  /** Jobs fetched at once. */
  batchSize: number;
  /** Jobs of one batch being sent at the same time (and SMTP connections kept open). */
  concurrency: number;
  /** Seconds between polls when the queue is idle: how long a new job may wait. */
  pollingIntervalSeconds: number;
};

/** Runs `task` over `items`, at most `limit` at a time, keeping their order in the results. */
export async function mapWithConcurrency<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/**
 * A job's data, checked against its definition's schema as it is read: data
 * that cannot be read will never send, so it fails for good at once (no
 * retries), and says so in the log.
 */
function readJob<S extends z.ZodType>(
  queue: string,
  payload: S,
  job: JobWithMetadata<unknown>,
): JobWithMetadata<z.output<S>> | null {
  const parsed = payload.safeParse(job.data);
  if (parsed.success) return { ...job, data: parsed.data };
  log.error({ queue, jobId: job.id }, "job data does not match its definition; not retried");
  return null;
}

export function workEmailQueue<S extends z.ZodType>(
  boss: PgBoss,
  definition: { name: string; payload: S },
  options: EmailQueueOptions,
  sendOne: (job: JobWithMetadata<z.output<S>>) => Promise<void>,
): Promise<string> {
  const name = definition.name;
  const workOptions = {
    batchSize: options.batchSize,
    pollingIntervalSeconds: options.pollingIntervalSeconds,
    // While batches come back full there is a backlog: fetch the next at once.
    burstWhenBatchFull: true,
    includeMetadata: true,
    perJobResults: true,
  } as const;
  return boss.work<unknown, JobResult[], typeof workOptions>(name, workOptions, async (jobs): Promise<JobResult[]> =>
    mapWithConcurrency(jobs, options.concurrency, async (raw): Promise<JobResult> => {
      const job = readJob(name, definition.payload, raw);
      if (!job)
        return { id: raw.id, status: "deadletter", output: { error: "job data does not match its definition" } };
      try {
        await sendOne(job);
        return { id: job.id, status: "completed" };
      } catch (error) {
        const reason = describeDeliveryError(error);
        log.warn(
          { queue: name, jobId: job.id, attempt: job.retryCount + 1, reason },
          "email not sent; it will be tried again",
        );
        return { id: job.id, status: "failed", output: { error: reason } };
      }
    }),
  );
}

/**
 * A housekeeping queue (scheduled tidying, retention): one job at a time. A
 * failure is logged and kept in the queue as its type and first line only
 * (never a stack trace), and retried as the queue says.
 */
export function workTaskQueue(
  boss: PgBoss,
  name: string,
  pollingIntervalSeconds: number,
  run: () => Promise<void>,
): Promise<string> {
  const workOptions = { pollingIntervalSeconds, perJobResults: true } as const;
  return boss.work<object, JobResult[], typeof workOptions>(name, workOptions, async (jobs): Promise<JobResult[]> => {
    const results: JobResult[] = [];
    for (const job of jobs) {
      try {
        await run();
        results.push({ id: job.id, status: "completed" });
      } catch (error) {
        const { type, code, message } = errorForLog(error);
        log.error({ queue: name, jobId: job.id, err: errorForLog(error) }, "scheduled job failed");
        results.push({
          id: job.id,
          status: "failed",
          output: { error: `${type}${code ? ` ${code}` : ""}: ${message}` },
        });
      }
    }
    return results;
  });
}
