/**
 * Queues the emails of referrals just sent. The send (insert-referral.ts)
 * writes the referral and adds its id to referral_emails_to_queue, in one
 * statement; the referral already says which emails it needs (the provider's
 * always, the person's confirmation while victim_email_status is PENDING, the
 * referrer's while theirs is), so the list holds nothing but the id.
 *
 * The worker runs this about once a second: one transaction takes a batch off
 * the list (FOR UPDATE SKIP LOCKED, so two workers never take the same one),
 * and writes their jobs, a statement per queue. Committed together or not at
 * all: each referral's emails are queued once, and never dropped.
 * (The referral row is not written again: an update of it, with its many
 * indexes, cost as much as the jobs it replaced.)
 * Written per send, the same jobs cost the send about a seventh of its speed
 * (issue 24); here each email waits up to a second longer.
 */
import "server-only";
import type { PgBoss } from "pg-boss";
import type { Database, SqlRunner } from "@/lib/db";
import { deliverReferralJob } from "./deliver-referral-job";
import { referrerConfirmationJob } from "./referrer-confirmation-job";
import { victimConfirmationJob } from "./victim-confirmation-job";

/** Most referrals queued in one transaction; a full batch is followed by another at once. */
export const QUEUE_BATCH = 500;

type Owed = { id: string; victim: boolean; referrer: boolean };

/** Writes `name`'s jobs, one per referral, through the transaction's connection. */
async function insertJobs(boss: PgBoss, tx: SqlRunner, job: { name: string }, referralIds: string[]): Promise<void> {
  if (referralIds.length === 0) return;
  // Jobs carry only the referral's id: the answers stay in the referral row.
  await boss.insert(
    job.name,
    referralIds.map((referralId) => ({ data: { referralId } })),
    { db: { executeSql: async (text, values) => ({ rows: await tx.query(text, values) }) } },
  );
}

/** Queues the emails of up to `limit` referrals still owed them; returns how many referrals it queued. */
export async function queueNewReferralEmails(
  database: Pick<Database, "withWriteTransaction">,
  boss: PgBoss,
  limit = QUEUE_BATCH,
): Promise<number> {
  return database.withWriteTransaction(async (tx) => {
    const owed = await tx.query<Owed>(
      `WITH taken AS (
         DELETE FROM referral_emails_to_queue WHERE referral_id IN (
           SELECT referral_id FROM referral_emails_to_queue LIMIT $1 FOR UPDATE SKIP LOCKED
         ) RETURNING referral_id
       )
       SELECT r.id, r.victim_email_status = 'PENDING' AS victim, coalesce(rf.confirmation_status = 'PENDING', false) AS referrer
         FROM taken JOIN referrals r ON r.id = taken.referral_id LEFT JOIN referrers rf ON rf.referral_id = r.id`,
      [limit],
    );
    if (owed.length === 0) return 0;
    await insertJobs(
      boss,
      tx,
      deliverReferralJob,
      owed.map((r) => r.id),
    );
    await insertJobs(
      boss,
      tx,
      victimConfirmationJob,
      owed.filter((r) => r.victim).map((r) => r.id),
    );
    await insertJobs(
      boss,
      tx,
      referrerConfirmationJob,
      owed.filter((r) => r.referrer).map((r) => r.id),
    );
    return owed.length;
  });
}
