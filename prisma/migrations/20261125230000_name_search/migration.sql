-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "referrals_full_name_idx" ON "referrals" USING GIN ("full_name" gin_trgm_ops);
