-- CreateTable
CREATE TABLE "referral_drafts" (
    "token_hash" CHAR(64) NOT NULL,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "referral_drafts_pkey" PRIMARY KEY ("token_hash")
);

-- CreateIndex
CREATE INDEX "referral_drafts_expires_at_idx" ON "referral_drafts"("expires_at");
