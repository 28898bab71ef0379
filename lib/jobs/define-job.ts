/**
 * How a background job is defined: its queue's name, the zod schema of its
 * data (checked when a job is added, and again when the worker reads it), how
 * it retries, and the code that does it. Each job is defined beside its domain
 * (the provider email in lib/referrals/delivery, the digests in
 * lib/workspace…); lib/background-jobs.ts lists them all for the queue and the
 * worker. This module knows no domain.
 *
 * Email is retried with exponential backoff for well over 24 hours (10 s
 * doubling, with jitter, to a cap of 1 h, 40 times: about 32 hours) so a mail
 * server that is down overnight delays a message but does not lose it.
 *
 * A worker that dies while sending stops sending heartbeats; its job is failed
 * and retried within about 15 seconds (heartbeat 10 s, checked every 5 s),
 * instead of waiting for the job's expiry.
 */
import "server-only";
import type { JobWithMetadata, PgBoss, Queue } from "pg-boss";
import { z } from "zod";
import type { MailTransport } from "@/lib/email/transport";
import type { FirstContactPromise } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Finished jobs (their ids and outcomes) are kept this long, then deleted by the queue. */
const KEEP_FINISHED_SECONDS = 2 * 24 * 3600;

export type QueuePolicy = Omit<Queue, "name">;

export const EMAIL_RETRIES: QueuePolicy = {
  retryLimit: 40,
  retryDelay: 10,
  retryBackoff: true,
  retryDelayMax: 3600,
  heartbeatSeconds: 10,
  // An upper bound only: a live worker's heartbeat keeps a slow send going; a dead one's job is retried by heartbeat.
  expireInSeconds: 300,
  deleteAfterSeconds: KEEP_FINISHED_SECONDS,
  // No LISTEN/NOTIFY: the worker polls every second, so a NOTIFY bought under a second, and cost each
  // send a commit serialised with every other notifying one and a transaction on the listening
  // connection (issue 24). False, not left out, so a queue made with it on is changed at start.
  notify: false,
};

export const HOUSEKEEPING: QueuePolicy = {
  retryLimit: 1,
  expireInSeconds: 300,
  deleteAfterSeconds: KEEP_FINISHED_SECONDS,
};

/** A job about one referral: only its id, never its answers (they stay in the referral row). */
export const referralJob = z.object({ referralId: z.uuid() });
/** A job about one member of staff: only their id. */
export const staffJob = z.object({ userId: z.uuid() });
/** A scheduled job carries nothing (pg-boss sends null or {}). */
export const scheduledJob = z.preprocess((value) => value ?? {}, z.object({}).loose());

/** The settings a job may need, from the process's settings (lib/env.ts). */
export type WorkerSettings = {
  smtpUrl: string | undefined;
  dataDir: string;
  mailFrom: string;
  providerEmail: string;
  appUrl: string;
  firstContactWorkingDays: number;
  firstContactPromise: FirstContactPromise;
  firstContactEscalationWorkingDays: number;
  retentionClosedDays: number;
  retentionWithdrawnDays: number;
  surveyAfterWeeks: number;
};

/** What every job is given. */
export type JobContext = { prisma: PrismaClient; boss: PgBoss; settings: WorkerSettings; from: string };
/** An email job is also given its queue's own mail transport. */
export type EmailJobContext = JobContext & { transport: MailTransport };

/** Per worker process: jobs fetched at once and sent at once (and SMTP connections kept). */
export type EmailWork = { batchSize: number; concurrency: number };

type Common<N extends string, S extends z.ZodType> = {
  name: N;
  payload: S;
  policy: QueuePolicy;
  /** Scheduled jobs: when (stored in the database, so several workers share one schedule). */
  schedule?: { cron: string; tz?: string };
};

export type EmailJob<N extends string = string, S extends z.ZodType = z.ZodType> = Common<N, S> & {
  email: EmailWork;
  /** Sends one job's email; a throw means "try again later" (the queue's retries). (A method, so any job's definition fits JobDefinition.) */
  send(context: EmailJobContext, job: JobWithMetadata<z.output<S>>): Promise<void>;
};

export type TaskJob<N extends string = string, S extends z.ZodType = z.ZodType> = Common<N, S> & {
  /** One run of a housekeeping task; a throw is logged and retried as the policy says. */
  run(context: JobContext): Promise<void>;
};

export type JobDefinition = EmailJob | TaskJob;

/** An email job, its exact name and schema kept in its type. */
export const emailJob = <const N extends string, S extends z.ZodType>(definition: EmailJob<N, S>): EmailJob<N, S> =>
  definition;

/** A housekeeping task, usually on a schedule. */
export const taskJob = <const N extends string, S extends z.ZodType>(definition: TaskJob<N, S>): TaskJob<N, S> =>
  definition;

export const isEmailJob = (definition: JobDefinition): definition is EmailJob => "email" in definition;
