/**
 * The background job queues, how each one retries, and how hard each email
 * queue is worked.
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
import type { EmailQueueOptions } from "./queue-workers";

export const QUEUE = {
  sendEmail: "send-email",
  /** Tells the provider about a new referral; data: { referralId }. */
  deliverReferral: "deliver-referral",
  /** The victim's optional confirmation email; data: { referralId }. */
  victimConfirmation: "victim-confirmation",
  /** Scheduled: queues again any referral whose delivery job has gone missing. */
  sweepDeliveries: "sweep-deliveries",
  /** Scheduled: deletes expired journey drafts. */
  deleteExpiredDrafts: "delete-expired-drafts",
  /** A new member of staff's invitation, with a one-time link made when it is sent; data: { userId }. */
  staffInvitation: "send-staff-invitation",
  /** Scheduled daily: erases the personal data of referrals past their retention period. */
  eraseExpiredReferrals: "erase-expired-referrals",
  /** Tells a member of staff about repeated failed sign-ins to their account; data: { userId }. */
  signInAlert: "sign-in-alert",
} as const;

export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];

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

export const QUEUE_SETTINGS: Record<QueueName, Omit<Queue, "name">> = {
  [QUEUE.sendEmail]: EMAIL_RETRIES,
  [QUEUE.deliverReferral]: EMAIL_RETRIES,
  [QUEUE.victimConfirmation]: EMAIL_RETRIES,
  [QUEUE.staffInvitation]: EMAIL_RETRIES,
  [QUEUE.signInAlert]: EMAIL_RETRIES,
  [QUEUE.deleteExpiredDrafts]: HOUSEKEEPING,
  [QUEUE.sweepDeliveries]: HOUSEKEEPING,
  // Retried through the day if the database is away at 03:00; each erasure is its own transaction, so a retry carries on.
  [QUEUE.eraseExpiredReferrals]: { ...HOUSEKEEPING, retryLimit: 6, retryDelay: 3600, expireInSeconds: 3600 },
};

type EmailQueueName = typeof QUEUE.sendEmail | typeof QUEUE.deliverReferral | typeof QUEUE.victimConfirmation | typeof QUEUE.staffInvitation | typeof QUEUE.signInAlert;

/**
 * How hard each email queue is worked, per worker process. Each queue has its
 * own SMTP connections (as many as its concurrency), so a flood of referrals
 * cannot delay a victim's confirmation or a colleague's invitation.
 * Measured by `npm run bench:delivery` (README).
 */
export const EMAIL_QUEUE_WORK: Record<EmailQueueName, Omit<EmailQueueOptions, "pollingIntervalSeconds">> = {
  [QUEUE.deliverReferral]: { batchSize: 20, concurrency: 5 },
  [QUEUE.victimConfirmation]: { batchSize: 10, concurrency: 2 },
  [QUEUE.staffInvitation]: { batchSize: 5, concurrency: 1 },
  [QUEUE.signInAlert]: { batchSize: 5, concurrency: 1 },
  [QUEUE.sendEmail]: { batchSize: 5, concurrency: 1 },
};

/** When the daily retention run starts: a quiet hour, UK time. */
export const RETENTION_SCHEDULE = { cron: "0 3 * * *", tz: "Europe/London" } as const;
