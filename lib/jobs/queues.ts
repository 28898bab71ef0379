/**
 * The background job queues and how each one retries.
 *
 * Email is retried with exponential backoff for well over 24 hours
 * (30 s doubling to a cap of 1 h, 40 times: about 33 hours) so a mail server
 * that is down overnight delays a message but does not lose it.
 */
import type { Queue } from "pg-boss";

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
} as const;

export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];

const EMAIL_RETRIES: Omit<Queue, "name"> = {
  retryLimit: 40,
  retryDelay: 30,
  retryBackoff: true,
  retryDelayMax: 3600,
  expireInSeconds: 120,
};

export const QUEUE_SETTINGS: Record<QueueName, Omit<Queue, "name">> = {
  [QUEUE.sendEmail]: EMAIL_RETRIES,
  [QUEUE.deliverReferral]: EMAIL_RETRIES,
  [QUEUE.victimConfirmation]: EMAIL_RETRIES,
  [QUEUE.staffInvitation]: EMAIL_RETRIES,
  [QUEUE.deleteExpiredDrafts]: { retryLimit: 1, expireInSeconds: 300 },
  [QUEUE.sweepDeliveries]: { retryLimit: 1, expireInSeconds: 300 },
  // Retried through the day if the database is away at 03:00; each erasure is its own transaction, so a retry carries on.
  [QUEUE.eraseExpiredReferrals]: { retryLimit: 6, retryDelay: 3600, expireInSeconds: 3600 },
};

/** When the daily retention run starts: a quiet hour, UK time. */
export const RETENTION_SCHEDULE = { cron: "0 3 * * *", tz: "Europe/London" } as const;
