-- "Are you sure you want to withdraw?" as its own step (issue 20): what the person chose on the
-- first step is kept with their session until they confirm, go back, or the session ends.

-- AlterTable
ALTER TABLE "person_sessions" ADD COLUMN     "pending_withdrawal" JSONB;
