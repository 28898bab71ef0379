-- The person stays in control after sending ("Manage your request"): they can see where their
-- request is, change how to contact them, pause and withdraw, without an account. A way back in
-- is a one-time link emailed to the address they gave (person_links, 30 minutes, once) or their
-- reference with a private code shown once (private_code_hash); either opens a short session
-- (person_sessions, 15 minutes idle). Only hashes of tokens and codes are kept.

-- AlterEnum: what the person did, in the referral's timeline (no staff member: actor_id is null).
ALTER TYPE "referral_event_type" ADD VALUE 'CHANGED_BY_PERSON';
ALTER TYPE "referral_event_type" ADD VALUE 'PAUSED_BY_PERSON';
ALTER TYPE "referral_event_type" ADD VALUE 'RESUMED_BY_PERSON';
ALTER TYPE "referral_event_type" ADD VALUE 'WITHDRAWN_BY_PERSON';

-- AlterTable
ALTER TABLE "referrals" ADD COLUMN "paused_until" TIMESTAMPTZ(3);
ALTER TABLE "referrals" ADD COLUMN "pause_reason" VARCHAR(500);
ALTER TABLE "referrals" ADD COLUMN "withdrawn_at" TIMESTAMPTZ(3);
ALTER TABLE "referrals" ADD COLUMN "contact_changed_at" TIMESTAMPTZ(3);
ALTER TABLE "referrals" ADD COLUMN "private_code_hash" CHAR(64);
ALTER TABLE "referrals" ADD COLUMN "erasure_requested_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "person_links" (
    "token_hash" CHAR(64) NOT NULL,
    "referral_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "person_links_pkey" PRIMARY KEY ("token_hash")
);

-- CreateTable
CREATE TABLE "person_sessions" (
    "token_hash" CHAR(64) NOT NULL,
    "referral_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "person_sessions_pkey" PRIMARY KEY ("token_hash")
);

-- CreateIndex
CREATE INDEX "referrals_paused_until_idx" ON "referrals"("paused_until");

-- CreateIndex
CREATE INDEX "person_links_referral_id_idx" ON "person_links"("referral_id");

-- CreateIndex
CREATE INDEX "person_sessions_referral_id_idx" ON "person_sessions"("referral_id");

-- CreateIndex
CREATE INDEX "person_sessions_expires_at_idx" ON "person_sessions"("expires_at");

-- AddForeignKey
ALTER TABLE "person_links" ADD CONSTRAINT "person_links_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_sessions" ADD CONSTRAINT "person_sessions_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE CASCADE;
