-- Rate limits shared by every web instance: rate-limiter-flexible's Postgres
-- store, in its own table layout (key, points used, end of window in ms).
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "rate_limits_expire_idx" ON "rate_limits"("expire");

-- Sign-in throttling now lives in rate_limits, with a window that ends; the old
-- table kept every attempt (email and address) for ever.
DROP TABLE "sign_in_attempts";
