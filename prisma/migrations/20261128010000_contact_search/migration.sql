-- Subject-access search by email or phone, indexed (it scanned every referral's answers:
-- 0.75-1.7 s at a million). The referral's own contact details in one searchable form:
-- the email in lower case, the phone and mobile numbers as digits with +44/0044/(0) as one 0.
-- They live in the referral's row, so erasing the referral erases them too.
ALTER TABLE "referrals" ADD COLUMN "contact_email" VARCHAR(254);
ALTER TABLE "referrals" ADD COLUMN "contact_phones" TEXT[] DEFAULT ARRAY[]::TEXT[];

UPDATE "referrals" SET
  "contact_email" = NULLIF(lower(btrim(answers->'safe-contact'->>'emailAddress')), ''),
  "contact_phones" = ARRAY(
    SELECT DISTINCT n FROM (
      SELECT regexp_replace(regexp_replace(regexp_replace(coalesce(answers->'safe-contact'->>field, ''), '\D', '', 'g'), '^(00)?44', '0'), '^0+', '0') AS n
      FROM unnest(ARRAY['phoneNumber', 'mobileNumber']) AS field
    ) numbers WHERE n <> ''
  );

-- CreateIndex
CREATE INDEX "referrals_contact_email_idx" ON "referrals"("contact_email");

-- CreateIndex
CREATE INDEX "referrals_contact_phones_idx" ON "referrals" USING GIN ("contact_phones");
