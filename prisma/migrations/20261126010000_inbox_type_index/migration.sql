-- CreateIndex
-- The inbox counts with a type filter (npm run bench: 55-61 ms p95 by scanning the table, 2-3 ms with this index, read index-only).
CREATE INDEX "referrals_crime_type_status_assigned_to_id_idx" ON "referrals"("crime_type", "status", "assigned_to_id");
