-- How a victim felt at the start of their case and after it (issue 22), kept apart from who they are.

-- CreateTable
CREATE TABLE "wellbeing_answers" (
    "id" UUID NOT NULL,
    "referral_id" UUID,
    "stage" VARCHAR(10) NOT NULL,
    "via" VARCHAR(10) NOT NULL,
    "pair_id" UUID NOT NULL,
    "recorded_by_id" UUID,
    "answered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fear" INTEGER,
    "anger" INTEGER,
    "coping" INTEGER,
    "satisfaction" INTEGER,
    "recommend" VARCHAR(10),
    "listened" VARCHAR(10),
    "prepared" VARCHAR(10),
    "safe" VARCHAR(10),
    "comment" VARCHAR(1000),
    "closed_quarter" DATE,
    "crime_type" VARCHAR(40),
    "delivered" VARCHAR(30),

    CONSTRAINT "wellbeing_answers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "wellbeing_answers_answered_at_idx" ON "wellbeing_answers"("answered_at");

-- CreateIndex
CREATE UNIQUE INDEX "wellbeing_answers_referral_id_stage_key" ON "wellbeing_answers"("referral_id", "stage");

-- AddForeignKey
ALTER TABLE "wellbeing_answers" ADD CONSTRAINT "wellbeing_answers_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wellbeing_answers" ADD CONSTRAINT "wellbeing_answers_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
