-- Appointments and sessions of the restorative work (issue 21): booked with their type, time,
-- place or channel and who attends; afterwards, what happened and any safeguarding concern.

-- CreateEnum
CREATE TYPE "session_type" AS ENUM ('ASSESSMENT', 'PREPARATION_VICTIM', 'PREPARATION_RESPONSIBLE', 'FACE_TO_FACE', 'SHUTTLE', 'LETTER_OR_RECORDING', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "session_channel" AS ENUM ('IN_PERSON', 'PHONE', 'VIDEO');

-- CreateTable
CREATE TABLE "case_sessions" (
    "id" UUID NOT NULL,
    "referral_id" UUID NOT NULL,
    "type" "session_type" NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "minutes" INTEGER NOT NULL DEFAULT 60,
    "channel" "session_channel" NOT NULL,
    "place" VARCHAR(300),
    "attendees" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "interpreter" VARCHAR(60),
    "booked_by_id" UUID NOT NULL,
    "booked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "happened" BOOLEAN,
    "attended" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "not_happened_reason" VARCHAR(40),
    "summary" VARCHAR(4000),
    "concerns" VARCHAR(2000),
    "safeguarding_raised" BOOLEAN NOT NULL DEFAULT false,
    "safeguarding_to" VARCHAR(200),
    "safeguarding_on" DATE,
    "safeguarding_ref" VARCHAR(100),
    "recorded_by_id" UUID,
    "recorded_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "case_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "case_sessions_referral_id_starts_at_idx" ON "case_sessions"("referral_id", "starts_at");

-- CreateIndex
CREATE INDEX "case_sessions_starts_at_idx" ON "case_sessions"("starts_at");

-- AddForeignKey
ALTER TABLE "case_sessions" ADD CONSTRAINT "case_sessions_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_sessions" ADD CONSTRAINT "case_sessions_booked_by_id_fkey" FOREIGN KEY ("booked_by_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_sessions" ADD CONSTRAINT "case_sessions_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
