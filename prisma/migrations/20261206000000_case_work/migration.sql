-- Case work (issue 17): the two first-contact measures, a next step and its due day on every open
-- case, unseen changes by the person, the escalation mark, and the measures kept when erased.

-- AlterEnum
ALTER TYPE "referral_event_type" ADD VALUE 'NEXT_STEP_SET';
ALTER TYPE "referral_event_type" ADD VALUE 'UNASSIGNED';

-- AlterTable
ALTER TABLE "referrals" ADD COLUMN     "first_chosen_attempt_at" TIMESTAMPTZ(3),
ADD COLUMN     "first_contact_escalated_at" TIMESTAMPTZ(3),
ADD COLUMN     "first_spoken_at" TIMESTAMPTZ(3),
ADD COLUMN     "next_step" VARCHAR(200),
ADD COLUMN     "next_step_due" DATE,
ADD COLUMN     "person_change_unseen_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "referral_figures" ADD COLUMN     "working_days_to_first_attempt" INTEGER,
ADD COLUMN     "working_days_to_first_spoken" INTEGER;

-- CreateIndex
CREATE INDEX "referrals_person_change_unseen_at_idx" ON "referrals"("person_change_unseen_at");

-- CreateIndex
CREATE INDEX "referrals_next_step_due_id_idx" ON "referrals"("next_step_due", "id");

-- CreateIndex
CREATE INDEX "referrals_next_step_due_status_idx" ON "referrals"("next_step_due", "status");

-- Backfill, so nothing open is left without a date and no change the person made is lost from view:
-- the first-contact measures from the timeline (an attempt's channel is taken as chosen when the
-- answers list it), the default next step due on the first-contact day (or today once contacted),
-- and the changes the old "Changed by the person" view showed.
UPDATE "referrals" r SET "first_chosen_attempt_at" = (
  SELECT min(e."at") FROM "referral_events" e
  WHERE e."referral_id" = r."id" AND e."type" = 'CONTACT_ATTEMPT'
    AND (r."answers" -> 'safe-contact' -> 'contactMethods') @> jsonb_build_array(e."channel")
), "first_spoken_at" = (
  SELECT min(e."at") FROM "referral_events" e
  WHERE e."referral_id" = r."id" AND e."type" = 'CONTACT_ATTEMPT' AND e."outcome" = 'spokeToVictim'
)
WHERE r."first_contact_at" IS NOT NULL;

UPDATE "referrals" SET "next_step_due" = CASE
  WHEN "first_spoken_at" IS NULL AND "first_contact_due_at" IS NOT NULL THEN ("first_contact_due_at" AT TIME ZONE 'Europe/London')::date
  ELSE (now() AT TIME ZONE 'Europe/London')::date END
WHERE "status" <> 'CLOSED';

UPDATE "referrals" SET "person_change_unseen_at" = GREATEST("contact_changed_at", "withdrawn_at", CASE WHEN "paused_until" > now() THEN "updated_at" END)
WHERE "contact_changed_at" IS NOT NULL OR "withdrawn_at" IS NOT NULL OR "paused_until" > now();

ANALYZE "referrals";
