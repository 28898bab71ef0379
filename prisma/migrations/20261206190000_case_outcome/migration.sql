-- What the restorative work delivered, and the agreement's items checked at follow-up (issue 21).

-- CreateTable
CREATE TABLE "case_outcomes" (
    "referral_id" UUID NOT NULL,
    "delivered" VARCHAR(30) NOT NULL,
    "delivered_on" DATE,
    "took_part" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "wishes_met" VARCHAR(20),
    "stage_reached" VARCHAR(30),
    "why_not" VARCHAR(30),
    "detail" VARCHAR(1000),
    "recorded_by_id" UUID NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_outcomes_pkey" PRIMARY KEY ("referral_id")
);

-- CreateTable
CREATE TABLE "agreement_items" (
    "id" UUID NOT NULL,
    "referral_id" UUID NOT NULL,
    "what" VARCHAR(500) NOT NULL,
    "owner" VARCHAR(20) NOT NULL,
    "due_on" DATE NOT NULL,
    "status" VARCHAR(10),
    "checked_on" DATE,
    "added_by_id" UUID NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "agreement_items_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "case_outcomes_delivered_idx" ON "case_outcomes"("delivered");

-- CreateIndex
CREATE INDEX "agreement_items_referral_id_due_on_idx" ON "agreement_items"("referral_id", "due_on");

-- AddForeignKey
ALTER TABLE "case_outcomes" ADD CONSTRAINT "case_outcomes_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_outcomes" ADD CONSTRAINT "case_outcomes_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_items" ADD CONSTRAINT "agreement_items_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_items" ADD CONSTRAINT "agreement_items_added_by_id_fkey" FOREIGN KEY ("added_by_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
