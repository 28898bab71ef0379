-- Asking in another language (issue 23): the short request's language ("ar", "pl", "pt"; null when
-- asked in English through the whole journey). Staff contact the person with an interpreter.

-- AlterTable
ALTER TABLE "referrals" ADD COLUMN     "asked_in" VARCHAR(10);
