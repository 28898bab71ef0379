/**
 * Every background job the service has, each defined beside its domain with
 * the code that does it (lib/jobs/define-job.ts). The queue creates a queue for
 * each, and the worker works each; a new job is added to this list.
 */
import "server-only";
import type { PgBoss } from "pg-boss";
import type { Database } from "@/lib/db";
import { eraseExpiredReferralsJob } from "@/lib/admin/erasure/retention";
import { staffInvitationJob } from "@/lib/admin/invitation-job";
import { signInAlertJob } from "@/lib/auth/sign-in-alert-job";
import { startJobQueue, type QueueStartOptions } from "@/lib/jobs/queue";
import { sendEmailJob } from "@/lib/jobs/send-email-job";
import { workJobs, type RunningWorker, type WorkerSettings } from "@/lib/jobs/worker";
import { personChangeNoticeJob, personLinkJob } from "@/lib/person/person-jobs";
import { deliverReferralJob } from "@/lib/referrals/delivery/deliver-referral-job";
import { queueNewReferralEmails, QUEUE_BATCH } from "@/lib/referrals/delivery/queue-new-referrals";
import { repeatEvery } from "@/lib/jobs/repeat";
import { victimConfirmationJob } from "@/lib/referrals/delivery/victim-confirmation-job";
import { referrerConfirmationJob } from "@/lib/referrals/delivery/referrer-confirmation-job";
import { deleteExpiredDraftsJob } from "@/lib/referrals/draft";
import { surveyAsksJob, surveyInvitationJob } from "@/lib/survey/survey-asks";
import {
  assignmentNoticeJob,
  firstContactEscalationJob,
  pauseEndedNoticeJob,
  staffDigestJob,
} from "@/lib/workspace/reminder-jobs";
import { morningRemindersJob } from "@/lib/workspace/reminders";
import { sweepDeliveriesJob } from "@/lib/workspace/requeue-provider-email";

export type { RunningWorker, WorkerSettings };

/** Every job by a short key (JOBS.deliverReferral). */
export const JOBS = {
  sendEmail: sendEmailJob,
  deliverReferral: deliverReferralJob,
  victimConfirmation: victimConfirmationJob,
  referrerConfirmation: referrerConfirmationJob,
  staffInvitation: staffInvitationJob,
  signInAlert: signInAlertJob,
  personLink: personLinkJob,
  personChangeNotice: personChangeNoticeJob,
  assignmentNotice: assignmentNoticeJob,
  staffDigest: staffDigestJob,
  pauseEndedNotice: pauseEndedNoticeJob,
  firstContactEscalation: firstContactEscalationJob,
  morningReminders: morningRemindersJob,
  deleteExpiredDrafts: deleteExpiredDraftsJob,
  sweepDeliveries: sweepDeliveriesJob,
  eraseExpiredReferrals: eraseExpiredReferralsJob,
  surveyAsks: surveyAsksJob,
  surveyInvitation: surveyInvitationJob,
};

export type JobKey = keyof typeof JOBS;

/** Each job's queue name, by key (QUEUE.deliverReferral is "deliver-referral"). */
export const QUEUE = Object.fromEntries(Object.entries(JOBS).map(([key, definition]) => [key, definition.name])) as {
  [K in JobKey]: (typeof JOBS)[K]["name"];
};

const ALL_JOBS = Object.values(JOBS);

/** Starts pg-boss on `db` and creates (or updates) every job's queue. */
export const startQueue = (db: Database, options: QueueStartOptions = {}): Promise<PgBoss> =>
  startJobQueue(db, ALL_JOBS, options);

/**
 * Works every job's queue in this process, and queues new referrals' emails
 * (queue-new-referrals.ts) as often as the email queues are polled.
 */
export async function startWorker(
  boss: PgBoss,
  db: Database,
  settings: WorkerSettings,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<RunningWorker> {
  const queues = await workJobs(boss, db, settings, ALL_JOBS, options);
  const newReferrals = repeatEvery(
    "queue new referrals' emails",
    (options.pollingIntervalSeconds ?? 1) * 1000,
    async () => (await queueNewReferralEmails(db, boss)) === QUEUE_BATCH,
  );
  return {
    async stop() {
      // First, so a batch being queued is committed before the queues stop.
      await newReferrals.stop();
      await queues.stop();
    },
  };
}
