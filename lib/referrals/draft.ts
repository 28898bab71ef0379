/**
 * Drafts of the referral journey, kept on the server. A draft is created when
 * the victim gives consent, holds the answers step by step, and expires after
 * DRAFT_IDLE_MINUTES without activity (each save moves the expiry on).
 */
import "server-only";
import { HOUSEKEEPING, scheduledJob, taskJob } from "@/lib/jobs/define-job";
import { log } from "@/lib/log";
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toJson } from "@/lib/db/json";
import { draftTokenHash } from "./draft-cookie";
import type { StepId } from "./schema";
import type { ReferrerAnswers } from "./referrer";

export const DRAFT_IDLE_MINUTES = 60;

export type DraftAnswers = {
  consent?: { version: string; givenAt: string };
  /** Validated answers per step (schema output). */
  steps: Partial<Record<StepId, Record<string, unknown>>>;
  /** Asked on someone's behalf: who is asking and how the person agreed (kept apart from their answers). */
  onBehalf?: ReferrerAnswers;
};

export type Draft = { tokenHash: string; answers: DraftAnswers; expiresAt: Date };

function expiryFrom(now: Date): Date {
  return new Date(now.getTime() + DRAFT_IDLE_MINUTES * 60_000);
}

/** Starts a draft with the victim's consent (or a referrer's, with who they are); returns the token for the cookie. */
export async function createDraft(
  prisma: PrismaClient,
  consentVersion: string,
  now = new Date(),
  onBehalf?: ReferrerAnswers,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const answers: DraftAnswers = {
    consent: { version: consentVersion, givenAt: now.toISOString() },
    steps: {},
    ...(onBehalf ? { onBehalf } : {}),
  };
  await prisma.referralDraft.create({
    data: { tokenHash: draftTokenHash(token), answers: toJson(answers), expiresAt: expiryFrom(now) },
  });
  return token;
}

/** The draft behind a token, or null when there is none or it has expired (it is then deleted). */
export async function loadDraft(
  prisma: PrismaClient,
  token: string | undefined,
  now = new Date(),
): Promise<Draft | null> {
  if (!token) return null;
  const tokenHash = draftTokenHash(token);
  const row = await prisma.referralDraft.findUnique({ where: { tokenHash } });
  if (!row) return null;
  if (row.expiresAt <= now) {
    await prisma.referralDraft.deleteMany({ where: { tokenHash } });
    return null;
  }
  return { tokenHash, answers: row.answers as DraftAnswers, expiresAt: row.expiresAt };
}

/** Stores one step's validated answers and moves the expiry on. Returns false when the draft is gone. */
export async function saveStep(
  prisma: PrismaClient,
  draft: Draft,
  step: StepId,
  values: Record<string, unknown>,
  now = new Date(),
): Promise<boolean> {
  return replaceAnswers(prisma, draft, { ...draft.answers, steps: { ...draft.answers.steps, [step]: values } }, now);
}

async function replaceAnswers(prisma: PrismaClient, draft: Draft, answers: DraftAnswers, now: Date): Promise<boolean> {
  const result = await prisma.referralDraft.updateMany({
    where: { tokenHash: draft.tokenHash, expiresAt: { gt: now } },
    data: { answers: toJson(answers), expiresAt: expiryFrom(now) },
  });
  return result.count === 1;
}

/** Stores who is asking for someone else (a draft started for oneself becomes one for someone else). */
export async function saveReferrer(
  prisma: PrismaClient,
  draft: Draft,
  onBehalf: ReferrerAnswers,
  now = new Date(),
): Promise<boolean> {
  return replaceAnswers(prisma, draft, { ...draft.answers, onBehalf }, now);
}

/** Moves the expiry on without changing anything ("stay signed in" for the journey). */
export async function extendDraft(prisma: PrismaClient, token: string, now = new Date()): Promise<Date | null> {
  const expiresAt = expiryFrom(now);
  const result = await prisma.referralDraft.updateMany({
    where: { tokenHash: draftTokenHash(token), expiresAt: { gt: now } },
    data: { expiresAt },
  });
  return result.count === 1 ? expiresAt : null;
}

/** Deletes drafts whose time is up (run by a scheduled job). */
export async function deleteExpiredDrafts(prisma: PrismaClient, now = new Date()): Promise<number> {
  const result = await prisma.referralDraft.deleteMany({ where: { expiresAt: { lte: now } } });
  return result.count;
}

/** The longest a draft is kept for someone told to wait before sending (a day's limit, and an hour to come back). */
const LONGEST_WAIT_MS = 25 * 3600_000;

/**
 * Keeps a draft at least until `until` (capped at a day and an hour), so a
 * person told to come back later finds their answers. Returns the new expiry,
 * or null when the draft is gone.
 */
export async function keepDraftUntil(
  prisma: PrismaClient,
  tokenHash: string,
  until: Date,
  now = new Date(),
): Promise<Date | null> {
  const expiresAt = new Date(Math.min(until.getTime(), now.getTime() + LONGEST_WAIT_MS));
  await prisma.referralDraft.updateMany({
    where: { tokenHash, expiresAt: { gt: now, lt: expiresAt } },
    data: { expiresAt },
  });
  const row = await prisma.referralDraft.findUnique({ where: { tokenHash }, select: { expiresAt: true } });
  return row && row.expiresAt > now ? row.expiresAt : null;
}

/** Every ten minutes: deletes expired journey drafts. */
export const deleteExpiredDraftsJob = taskJob({
  name: "delete-expired-drafts",
  payload: scheduledJob,
  policy: HOUSEKEEPING,
  schedule: { cron: "*/10 * * * *" },
  async run({ prisma }) {
    const deleted = await deleteExpiredDrafts(prisma);
    if (deleted) log.info({ deleted }, "expired drafts deleted");
  },
});
