-- AlterTable
ALTER TABLE "staff_users" ADD COLUMN "last_sign_in_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "referrals" ADD COLUMN "first_contact_at" TIMESTAMPTZ(3),
ADD COLUMN "heard_about" VARCHAR(40);

-- CreateTable
CREATE TABLE "referral_figures" (
    "id" UUID NOT NULL,
    "received_month" DATE NOT NULL,
    "crime_type" VARCHAR(40) NOT NULL,
    "heard_about" VARCHAR(40),
    "status" "referral_status" NOT NULL,
    "closure_reason" VARCHAR(40),
    "hours_to_first_contact" INTEGER,
    "days_to_close" INTEGER,
    "erasure" VARCHAR(20) NOT NULL,
    "erased_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "referral_figures_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "referrals_closed_at_idx" ON "referrals"("closed_at");

-- CreateIndex
CREATE INDEX "referral_figures_received_month_idx" ON "referral_figures"("received_month");

-- Backfill: the first contact attempt already recorded on each referral.
UPDATE "referrals" r SET "first_contact_at" = e.first_at
FROM (SELECT "referral_id", min("at") AS first_at FROM "referral_events" WHERE "type" = 'CONTACT_ATTEMPT' GROUP BY "referral_id") e
WHERE e."referral_id" = r."id";
