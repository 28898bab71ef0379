-- Asking a victim how it went after their case closed (issue 22): when they were emailed and reminded,
-- their one-time link, and their "no thanks". One row a referral, gone with it.

-- CreateTable
CREATE TABLE "survey_asks" (
    "referral_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "emailed_at" TIMESTAMPTZ(3),
    "reminded_at" TIMESTAMPTZ(3),
    "link_hash" CHAR(64),
    "link_expires_at" TIMESTAMPTZ(3),
    "link_used_at" TIMESTAMPTZ(3),
    "declined_at" TIMESTAMPTZ(3),

    CONSTRAINT "survey_asks_pkey" PRIMARY KEY ("referral_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "survey_asks_link_hash_key" ON "survey_asks"("link_hash");

-- AddForeignKey
ALTER TABLE "survey_asks" ADD CONSTRAINT "survey_asks_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE CASCADE;
