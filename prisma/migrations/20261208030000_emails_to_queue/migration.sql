-- A new referral's emails are queued by the worker just after it is sent, not by the send itself
-- (issue 24; lib/referrals/delivery/queue-new-referrals.ts). The send adds the referral here; the
-- worker queues its emails and takes it off, in one transaction. A narrow table of its own, so that
-- neither writes the referral row a second time (with its many indexes). Gone with the referral.

-- CreateTable
CREATE TABLE "referral_emails_to_queue" (
    "referral_id" UUID NOT NULL,

    CONSTRAINT "referral_emails_to_queue_pkey" PRIMARY KEY ("referral_id")
);

-- AddForeignKey
ALTER TABLE "referral_emails_to_queue" ADD CONSTRAINT "referral_emails_to_queue_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE CASCADE;
