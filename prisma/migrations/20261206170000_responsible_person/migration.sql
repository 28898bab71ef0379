-- The person responsible's own record, kept apart from the victim's (issue 21): where they are,
-- whether they admit the harm, their consent, risk and suitability, and their own notes.

-- CreateEnum
CREATE TYPE "responsible_whereabouts" AS ENUM ('NOT_KNOWN', 'COMMUNITY', 'PROBATION', 'PRISON');

-- CreateEnum
CREATE TYPE "responsible_admission" AS ENUM ('NOT_KNOWN', 'ADMITTED', 'PARTLY', 'DENIED');

-- CreateTable
CREATE TABLE "responsible_people" (
    "referral_id" UUID NOT NULL,
    "whereabouts" "responsible_whereabouts" NOT NULL DEFAULT 'NOT_KNOWN',
    "establishment" VARCHAR(200),
    "practitioner" VARCHAR(500),
    "admission" "responsible_admission" NOT NULL DEFAULT 'NOT_KNOWN',
    "consent_given_on" DATE,
    "consent_how" VARCHAR(200),
    "consent_withdrawn_on" DATE,
    "suitability" VARCHAR(2000),
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "responsible_people_pkey" PRIMARY KEY ("referral_id")
);

-- CreateTable
CREATE TABLE "responsible_notes" (
    "id" UUID NOT NULL,
    "referral_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "text" VARCHAR(2000) NOT NULL,

    CONSTRAINT "responsible_notes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "responsible_notes_referral_id_at_idx" ON "responsible_notes"("referral_id", "at");

-- AddForeignKey
ALTER TABLE "responsible_people" ADD CONSTRAINT "responsible_people_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "responsible_notes" ADD CONSTRAINT "responsible_notes_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "responsible_people"("referral_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "responsible_notes" ADD CONSTRAINT "responsible_notes_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
