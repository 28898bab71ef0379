-- The inbox's "Changed by the person" view (details changed, paused or withdrawn online) and
-- its count: each condition through its own index, so neither reads every referral.

-- CreateIndex
CREATE INDEX "referrals_contact_changed_at_idx" ON "referrals"("contact_changed_at");

-- CreateIndex
CREATE INDEX "referrals_withdrawn_at_idx" ON "referrals"("withdrawn_at");
