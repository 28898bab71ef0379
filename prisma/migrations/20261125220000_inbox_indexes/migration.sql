-- CreateIndex
CREATE INDEX "referrals_first_contact_due_at_id_idx" ON "referrals"("first_contact_due_at", "id");

-- CreateIndex
CREATE INDEX "referrals_assigned_to_id_created_at_idx" ON "referrals"("assigned_to_id", "created_at");
