/**
 * Every background job, defined once: its queue's name, the zod schema of its
 * data (checked when a job is added, and again when the worker reads it), how
 * it retries, and, for email, how hard the worker works it. The handlers are
 * in lib/jobs/worker.ts, one per job (the compiler checks none is missing).
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
import type { Queue } from "pg-boss";
import { z } from "zod";
import type { EmailQueueOptions } from "./queue-workers";
import { PERSON_CHANGES } from "@/lib/email/templates/person-change-notice";

/** Finished jobs (their ids and outcomes) are kept this long, then deleted by the queue. */
const KEEP_FINISHED_SECONDS = 2 * 24 * 3600;

const EMAIL_RETRIES: Omit<Queue, "name"> = {
  retryLimit: 40,
  retryDelay: 10,
  retryBackoff: true,
  retryDelayMax: 3600,
  heartbeatSeconds: 10,
  // An upper bound only: a live worker's heartbeat keeps a slow send going; a dead one's job is retried by heartbeat.
  expireInSeconds: 300,
  deleteAfterSeconds: KEEP_FINISHED_SECONDS,
  // LISTEN/NOTIFY wakes a worker as soon as a job is added (on PostgreSQL; PGlite polls).
  notify: true,
};

const HOUSEKEEPING: Omit<Queue, "name"> = { retryLimit: 1, expireInSeconds: 300, deleteAfterSeconds: KEEP_FINISHED_SECONDS };

export type JobDefinition<N extends string = string, S extends z.ZodType = z.ZodType> = {
  name: N;
  payload: S;
  policy: Omit<Queue, "name">;
  /** Email queues: per worker process, jobs fetched at once and sent at once (and SMTP connections kept). */
  email?: Omit<EmailQueueOptions, "pollingIntervalSeconds">;
  /** Scheduled jobs: when (stored in the database, so several workers share one schedule). */
  schedule?: { cron: string; tz?: string };
};

/** When the morning reminders go (the staff digest, pauses ending, missed first-contact promises): 7am UK time. */
export const MORNING_REMINDERS_SCHEDULE = { cron: "0 7 * * *", tz: "Europe/London" } as const;

/** When the daily retention run starts: a quiet hour, UK time (the retention page shows it). */
export const RETENTION_SCHEDULE = { cron: "0 3 * * *", tz: "Europe/London" } as const;

/** Keeps each definition's exact shape (its name, schema, and whether it is email or scheduled) in its type. */
const job = <const D extends JobDefinition>(definition: D): D => definition;

/** A job about one referral: only its id, never its answers (they stay in the referral row). */
const referralJob = z.object({ referralId: z.uuid() });
/** A job about one member of staff: only their id. */
const staffJob = z.object({ userId: z.uuid() });
/** A scheduled job carries nothing (pg-boss sends null or {}). */
const scheduledJob = z.preprocess((value) => value ?? {}, z.object({}).loose());

export const JOBS = {
  /** A templated email to a fixed address (the test message of `npm run mail:check`). */
  sendEmail: job({
    name: "send-email",
    payload: z.object({ template: z.string(), to: z.email(), params: z.record(z.string(), z.unknown()) }),
    policy: EMAIL_RETRIES,
    email: { batchSize: 5, concurrency: 1 },
  }),
  /** Tells the provider about a new referral. */
  deliverReferral: job({ name: "deliver-referral", payload: referralJob, policy: EMAIL_RETRIES, email: { batchSize: 20, concurrency: 5 } }),
  /** The victim's optional confirmation email. */
  victimConfirmation: job({ name: "victim-confirmation", payload: referralJob, policy: EMAIL_RETRIES, email: { batchSize: 10, concurrency: 2 } }),
  /** A new member of staff's invitation, with a one-time link made when it is sent. */
  staffInvitation: job({ name: "send-staff-invitation", payload: staffJob, policy: EMAIL_RETRIES, email: { batchSize: 5, concurrency: 1 } }),
  /** Tells a member of staff about repeated failed sign-ins to their account. */
  signInAlert: job({ name: "sign-in-alert", payload: staffJob, policy: EMAIL_RETRIES, email: { batchSize: 5, concurrency: 1 } }),
  /** A one-time link to "Manage your request", made as it is sent, to the address the person gave. */
  personLink: job({ name: "person-link", payload: referralJob, policy: EMAIL_RETRIES, email: { batchSize: 5, concurrency: 1 } }),
  /** Tells the assigned member of staff (or the provider's inbox) that the person changed their request: a link, never the details. */
  personChangeNotice: job({
    name: "person-change-notice",
    // `change` says which (in the subject); jobs added before it existed have none.
    payload: referralJob.extend({ change: z.enum(PERSON_CHANGES).optional() }),
    policy: EMAIL_RETRIES,
    email: { batchSize: 5, concurrency: 1 },
  }),
  /** Tells a member of staff a case was assigned to them (by someone else): a reference and a link. */
  assignmentNotice: job({
    name: "assignment-notice",
    payload: z.object({ referralId: z.uuid(), userId: z.uuid(), byId: z.uuid() }),
    policy: EMAIL_RETRIES,
    email: { batchSize: 5, concurrency: 1 },
  }),
  /** One member of staff's morning digest for a UK day: counts and references only. */
  staffDigest: job({
    name: "staff-digest",
    payload: z.object({ userId: z.uuid(), day: z.iso.date() }),
    policy: EMAIL_RETRIES,
    email: { batchSize: 10, concurrency: 2 },
  }),
  /** Tells the assignee (or the provider's inbox) that the person's pause ended: they can be contacted again from today. */
  pauseEndedNotice: job({
    name: "pause-ended-notice",
    // The pause's end as it was when queued: a pause changed since (paused again, say) sends nothing.
    payload: referralJob.extend({ pausedUntil: z.iso.datetime() }),
    policy: EMAIL_RETRIES,
    email: { batchSize: 5, concurrency: 1 },
  }),
  /** Tells every administrator that a first-contact promise was missed by FIRST_CONTACT_ESCALATION_WORKING_DAYS. */
  firstContactEscalation: job({ name: "first-contact-escalation", payload: referralJob, policy: EMAIL_RETRIES, email: { batchSize: 5, concurrency: 1 } }),
  /** Every morning: queues the digests, the pause-ended notices and the escalations (lib/workspace/reminders.ts). */
  morningReminders: job({
    name: "morning-reminders",
    payload: scheduledJob,
    policy: { ...HOUSEKEEPING, retryLimit: 6, retryDelay: 600 },
    schedule: MORNING_REMINDERS_SCHEDULE,
  }),
  /** Deletes expired journey drafts. */
  deleteExpiredDrafts: job({ name: "delete-expired-drafts", payload: scheduledJob, policy: HOUSEKEEPING, schedule: { cron: "*/10 * * * *" } }),
  /** Queues again any referral whose delivery job has gone missing. */
  sweepDeliveries: job({ name: "sweep-deliveries", payload: scheduledJob, policy: HOUSEKEEPING, schedule: { cron: "*/15 * * * *" } }),
  /**
   * Daily, at a quiet hour UK time: erases the personal data of referrals past their retention
   * period. Retried through the day if the database is away at 03:00; each erasure is its own
   * transaction, so a retry carries on.
   */
  eraseExpiredReferrals: job({
    name: "erase-expired-referrals",
    payload: scheduledJob,
    policy: { ...HOUSEKEEPING, retryLimit: 6, retryDelay: 3600, expireInSeconds: 3600 },
    schedule: RETENTION_SCHEDULE,
  }),
};

export type JobKey = keyof typeof JOBS;

/** What a job of this kind carries, as the code that adds it writes it. */
export type JobData<K extends JobKey> = z.input<(typeof JOBS)[K]["payload"]>;

/** Each job's queue name, by key (QUEUE.deliverReferral is "deliver-referral"). */
export const QUEUE = Object.fromEntries(Object.entries(JOBS).map(([key, definition]) => [key, definition.name])) as {
  [K in JobKey]: (typeof JOBS)[K]["name"];
};

export type QueueName = (typeof QUEUE)[JobKey];

/** Every queue and how it retries (startQueue creates or updates them all). */
export const QUEUE_SETTINGS = Object.fromEntries(Object.values(JOBS).map((definition) => [definition.name, definition.policy])) as Record<QueueName, Omit<Queue, "name">>;

/** The email queues and how hard each is worked (measured by `npm run bench:delivery`, README). */
export const EMAIL_QUEUE_WORK = Object.fromEntries(
  (Object.values(JOBS) as JobDefinition[]).flatMap((definition) => (definition.email ? [[definition.name, definition.email]] : [])),
) as Record<QueueName, Omit<EmailQueueOptions, "pollingIntervalSeconds"> | undefined>;
