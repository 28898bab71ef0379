/**
 * Turns a complete draft into a referral. One transaction writes the referral,
 * queues the email to the provider (and the victim's confirmation, if asked
 * for) and deletes the draft: either all of it happens or none of it.
 *
 * Submitting the same draft twice (double click, Back and submit again, a
 * retried request) finds the referral the first submit made, by the draft's
 * token hash, and returns the same reference.
 */
import "server-only";
import type { PgBoss } from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toJson } from "@/lib/db/json";
import { enqueueInTransaction } from "@/lib/jobs/queue";
import { JOBS } from "@/lib/jobs/queues";
import type { DraftAnswers } from "./draft";
import { SENSITIVE_CRIME_TYPES } from "./options";
import { generateUniqueReference } from "./reference";
import { addWorkingDays } from "./working-days";
import { contactColumns } from "./contact-columns";
import { referralAnswersSchema, STEP_IDS, type StepId } from "./schema";

export type SubmitResult =
  | { ok: true; reference: string; referralId: string; alreadySubmitted: boolean }
  | { ok: false; reason: "no-draft" }
  | { ok: false; reason: "no-consent" }
  | { ok: false; reason: "incomplete"; steps: StepId[] };

/** Which steps still need an answer (or have an answer that is no longer valid). */
export function incompleteSteps(answers: DraftAnswers): StepId[] {
  const parsed = referralAnswersSchema.safeParse(answers.steps);
  if (parsed.success) return [];
  const steps = new Set(parsed.error.issues.map((issue) => issue.path[0] as StepId));
  return STEP_IDS.filter((step) => steps.has(step));
}

export type SubmitOptions = { firstContactWorkingDays: number; now?: Date };

export async function submitReferral(
  prisma: PrismaClient,
  boss: PgBoss,
  tokenHash: string,
  options: SubmitOptions = { firstContactWorkingDays: 2 },
): Promise<SubmitResult> {
  const now = options.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const existing = await tx.referral.findUnique({ where: { idempotencyKey: tokenHash }, select: { id: true, reference: true } });
    if (existing) return { ok: true, reference: existing.reference, referralId: existing.id, alreadySubmitted: true };

    // Lock the draft: a second submit of the same draft waits here until the first commits.
    const rows = await tx.$queryRaw<Array<{ answers: DraftAnswers }>>`
      SELECT answers FROM referral_drafts WHERE token_hash = ${tokenHash} AND expires_at > now() FOR UPDATE`;
    if (rows.length === 0) {
      const madeMeanwhile = await tx.referral.findUnique({ where: { idempotencyKey: tokenHash }, select: { id: true, reference: true } });
      if (madeMeanwhile) return { ok: true, reference: madeMeanwhile.reference, referralId: madeMeanwhile.id, alreadySubmitted: true };
      return { ok: false, reason: "no-draft" };
    }
    const draft = rows[0]!.answers;
    if (!draft.consent) return { ok: false, reason: "no-consent" };
    const parsed = referralAnswersSchema.safeParse(draft.steps);
    if (!parsed.success) return { ok: false, reason: "incomplete", steps: incompleteSteps(draft) };
    const answers = parsed.data;

    const reference = await generateUniqueReference(
      async (candidate) => (await tx.referral.count({ where: { reference: candidate } })) > 0,
    );
    const wantsConfirmation = answers["safe-contact"].emailConfirmation && Boolean(answers["safe-contact"].emailAddress);
    const referral = await tx.referral.create({
      data: {
        reference,
        consentGivenAt: new Date(draft.consent.givenAt),
        consentVersion: draft.consent.version,
        answers: toJson(answers),
        fullName: answers["about-you"].fullName,
        crimeType: answers["what-happened"].crimeType,
        heardAbout: answers.support.heardAbout ?? null,
        sensitive: SENSITIVE_CRIME_TYPES.includes(answers["what-happened"].crimeType),
        ...contactColumns(answers["safe-contact"]),
        idempotencyKey: tokenHash,
        victimEmailStatus: wantsConfirmation ? "PENDING" : "NOT_REQUESTED",
        createdAt: now,
        firstContactDueAt: addWorkingDays(now, options.firstContactWorkingDays),
      },
      select: { id: true },
    });
    // Jobs carry only the referral's id: the answers stay in the referral row.
    await enqueueInTransaction(boss, tx, JOBS.deliverReferral, { referralId: referral.id });
    if (wantsConfirmation) await enqueueInTransaction(boss, tx, JOBS.victimConfirmation, { referralId: referral.id });
    await tx.referralDraft.delete({ where: { tokenHash } });
    return { ok: true, reference, referralId: referral.id, alreadySubmitted: false };
  });
}
