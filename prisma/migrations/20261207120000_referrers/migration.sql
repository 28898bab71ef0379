-- Asking on someone's behalf (issue 23): who asked, kept apart from the person's own answers in a table
-- of its own, gone with the referral; and, for the figures, who asked ("self" or the referrer's role),
-- also kept in the anonymous row an erased referral leaves.

-- AlterTable
ALTER TABLE "referral_figures" ADD COLUMN     "asked_by" VARCHAR(40) NOT NULL DEFAULT 'self';

-- AlterTable
ALTER TABLE "referrals" ADD COLUMN     "asked_by" VARCHAR(40) NOT NULL DEFAULT 'self';

-- CreateTable
CREATE TABLE "referrers" (
    "referral_id" UUID NOT NULL,
    "role" VARCHAR(40) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "organisation" VARCHAR(100),
    "email" VARCHAR(254),
    "phone" VARCHAR(20),
    "agreed_how" VARCHAR(40) NOT NULL,
    "agreed_on" DATE NOT NULL,
    "may_contact_referrer" BOOLEAN NOT NULL DEFAULT false,
    "confirmation_status" "delivery_status" NOT NULL DEFAULT 'NOT_REQUESTED',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "referrers_pkey" PRIMARY KEY ("referral_id")
);

-- AddForeignKey
ALTER TABLE "referrers" ADD CONSTRAINT "referrers_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE CASCADE;
