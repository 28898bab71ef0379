-- CreateEnum
CREATE TYPE "referral_status" AS ENUM ('NEW', 'CONTACTING', 'ASSESSING', 'IN_PROGRESS', 'CLOSED');

-- CreateEnum
CREATE TYPE "delivery_status" AS ENUM ('NOT_REQUESTED', 'PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "referrals" (
    "id" UUID NOT NULL,
    "reference" VARCHAR(12) NOT NULL,
    "status" "referral_status" NOT NULL DEFAULT 'NEW',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "consent_given_at" TIMESTAMPTZ(3) NOT NULL,
    "consent_version" VARCHAR(20) NOT NULL,
    "answers" JSONB NOT NULL,
    "full_name" VARCHAR(100) NOT NULL,
    "crime_type" VARCHAR(40) NOT NULL,
    "sensitive" BOOLEAN NOT NULL DEFAULT false,
    "idempotency_key" CHAR(64) NOT NULL,
    "provider_email_status" "delivery_status" NOT NULL DEFAULT 'PENDING',
    "provider_email_attempts" INTEGER NOT NULL DEFAULT 0,
    "provider_email_last_error" VARCHAR(300),
    "provider_email_sent_at" TIMESTAMPTZ(3),
    "victim_email_status" "delivery_status" NOT NULL DEFAULT 'NOT_REQUESTED',

    CONSTRAINT "referrals_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "referrals_reference_key" ON "referrals"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "referrals_idempotency_key_key" ON "referrals"("idempotency_key");

-- CreateIndex
CREATE INDEX "referrals_created_at_idx" ON "referrals"("created_at");

-- CreateIndex
CREATE INDEX "referrals_status_created_at_idx" ON "referrals"("status", "created_at");

-- CreateIndex
CREATE INDEX "referrals_provider_email_status_idx" ON "referrals"("provider_email_status");
