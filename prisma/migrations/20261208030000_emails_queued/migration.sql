-- A new referral's emails are queued by the worker just after it is sent, not by the send itself
-- (issue 24; lib/referrals/delivery/queue-new-referrals.ts): false until then. Referrals made
-- before this column existed had theirs queued in the send, so they start as queued.

-- AlterTable
ALTER TABLE "referrals" ADD COLUMN     "emails_queued" BOOLEAN NOT NULL DEFAULT true;
