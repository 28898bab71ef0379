/**
 * A referral's stored answers, as typed data. They were written by
 * submitReferral from the same schema, so they are read back through it.
 */
import { log } from "@/lib/log";
import { referralAnswersSchema, STEP_IDS, type ReferralAnswers } from "./schema";

/** The steps a short request in another language asks (short-request.ts); staff ask the rest. */
const SHORT_REQUEST_STEPS = ["about-you", "safe-contact", "support"] as const;

/**
 * A short request holds only some steps: the others are missing, and every
 * reader of the answers (the summaries, the contact wishes) shows a missing
 * step as not answered.
 */
export function readAnswers(referral: { id?: string; answers: unknown; askedIn?: string | null }): ReferralAnswers {
  if (referral.askedIn) {
    const stored = (referral.answers ?? {}) as Record<string, unknown>;
    return Object.fromEntries(SHORT_REQUEST_STEPS.map((step) => [step, stored[step]])) as ReferralAnswers;
  }
  const parsed = referralAnswersSchema.safeParse(referral.answers);
  if (parsed.success) return parsed.data;
  // Written by an older version of the questions (an option since renamed, say): shown as stored,
  // not refused, so nobody loses sight of a referral. Each step is still an object of answers.
  const stored = (referral.answers ?? {}) as Record<string, unknown>;
  if (!STEP_IDS.every((step) => typeof stored[step] === "object" && stored[step] !== null)) {
    throw new Error(`Referral ${referral.id ?? ""} has no readable answers`);
  }
  log.warn(
    { referralId: referral.id, steps: [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))] },
    "stored answers differ from today's questions",
  );
  return stored as ReferralAnswers;
}
