/**
 * Asking a victim how it went, some weeks after their case closed: only by
 * the email they gave and said is safe, once and then at most one reminder,
 * never after their "no thanks", their withdrawal or their asking for their
 * details to be deleted. A job each day decides and marks who is due (in the
 * same transaction as the email's job); the email job makes the one-time link
 * as it sends, so a link never waits in the queue. People with no safe email
 * are offered the questions in "Manage your request" instead (person-survey.ts).
 */
import "server-only";
import type { PgBoss } from "pg-boss";
import { z } from "zod";
import { newToken, tokenHash } from "@/lib/auth/tokens";
import { renderSurveyInvitation } from "@/lib/email/templates/survey-invitation";
import type { MailTransport } from "@/lib/email/transport";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { EMAIL_RETRIES, HOUSEKEEPING, emailJob, referralJob, scheduledJob, taskJob } from "@/lib/jobs/define-job";
import { enqueueInTransaction } from "@/lib/jobs/queue";
import { log } from "@/lib/log";
import { readAnswers } from "@/lib/referrals/read-answers";

/** How long the emailed link works. */
export const SURVEY_LINK_DAYS = 28;
/** Days after the invitation before its one reminder. */
export const REMINDER_DAYS = 14;

const DAY = 24 * 3600_000;

/** The address to ask by, or null: they chose email, gave an address and said messages are safe. */
export function safeEmailOf(referral: { id?: string; answers: unknown }): string | null {
  const contact = readAnswers(referral)["safe-contact"];
  if (!contact?.emailAddress || !contact.contactMethods?.includes("email")) return null;
  return contact.messageSafe === "yes" ? contact.emailAddress : null;
}

/**
 * A case that may be asked how it went: closed after staff spoke with the person (someone never
 * reached has nothing to say about it), not withdrawn, its deletion not asked for, not answered,
 * no "no thanks".
 */
const askable = (closedBefore: Date) =>
  ({
    status: "CLOSED",
    firstSpokenAt: { not: null },
    closedAt: { lte: closedBefore },
    withdrawnAt: null,
    erasureRequestedAt: null,
    wellbeingAnswers: { none: { stage: "after" } },
    OR: [{ surveyAsk: null }, { surveyAsk: { declinedAt: null } }],
  }) satisfies Prisma.ReferralWhereInput;

export type SurveyAsksQueued = { invitations: number; reminders: number };

/**
 * Queues the invitations due (closed `weeks` ago or more) and the reminders due (invited
 * REMINDER_DAYS ago, still unanswered). Each is marked in the transaction that queues its
 * email, so a run retried, or two at once, asks nobody twice.
 */
export async function queueSurveyAsks(
  prisma: PrismaClient,
  boss: PgBoss,
  settings: { surveyAfterWeeks: number },
  now = new Date(),
): Promise<SurveyAsksQueued> {
  const remindBefore = new Date(now.getTime() - REMINDER_DAYS * DAY);
  const due = await prisma.referral.findMany({
    where: {
      ...askable(new Date(now.getTime() - settings.surveyAfterWeeks * 7 * DAY)),
      contactEmail: { not: null },
      AND: [
        {
          OR: [
            { surveyAsk: null },
            { surveyAsk: { emailedAt: null } },
            { surveyAsk: { remindedAt: null, emailedAt: { lte: remindBefore } } },
          ],
        },
      ],
    },
    select: { id: true, answers: true },
  });
  const queued: SurveyAsksQueued = { invitations: 0, reminders: 0 };
  for (const referral of due) {
    if (!safeEmailOf(referral)) continue;
    await prisma.$transaction(async (tx) => {
      await tx.surveyAsk.createMany({ data: [{ referralId: referral.id }], skipDuplicates: true });
      const open = { referralId: referral.id, declinedAt: null };
      const invited = await tx.surveyAsk.updateMany({ where: { ...open, emailedAt: null }, data: { emailedAt: now } });
      const reminded = invited.count
        ? { count: 0 }
        : await tx.surveyAsk.updateMany({
            where: { ...open, remindedAt: null, emailedAt: { lte: remindBefore } },
            data: { remindedAt: now },
          });
      if (!invited.count && !reminded.count) return;
      await enqueueInTransaction(boss, tx, surveyInvitationJob, { referralId: referral.id, reminder: !invited.count });
      if (invited.count) queued.invitations += 1;
      else queued.reminders += 1;
    });
  }
  return queued;
}

export type SurveyMailDeps = { prisma: PrismaClient; transport: MailTransport; from: string; appUrl: string };

/** Sends one invitation (or its reminder), checking again that the case may be asked and the address is still safe. */
export async function sendSurveyInvitation(
  deps: SurveyMailDeps,
  data: { referralId: string; reminder: boolean; asked?: boolean },
  now = new Date(),
): Promise<boolean> {
  const made = await deps.prisma.$transaction(async (tx) => {
    const referral = await tx.referral.findFirst({
      where: { id: data.referralId, ...askable(now) },
      select: { id: true, answers: true },
    });
    const to = referral ? safeEmailOf(referral) : null;
    if (!referral || !to) return null;
    // Each email's link replaces the one before: the newest works, once.
    const token = newToken();
    await tx.surveyAsk.update({
      where: { referralId: referral.id },
      data: {
        linkHash: tokenHash(token),
        linkExpiresAt: new Date(now.getTime() + SURVEY_LINK_DAYS * DAY),
        linkUsedAt: null,
      },
    });
    return { to, token };
  });
  if (!made) return false;
  await deps.transport.send({
    from: deps.from,
    to: made.to,
    ...renderSurveyInvitation({
      link: `${deps.appUrl}/survey/link/${made.token}`,
      days: SURVEY_LINK_DAYS,
      reminder: data.reminder,
      asked: data.asked,
    }),
  });
  return true;
}

/** When the survey asks are decided: 10am UK time, after the morning reminders, at a time people read email. */
export const SURVEY_ASKS_SCHEDULE = { cron: "0 10 * * *", tz: "Europe/London" } as const;

/** Every morning: marks and queues the survey invitations and reminders due. */
export const surveyAsksJob = taskJob({
  name: "survey-asks",
  payload: scheduledJob,
  policy: { ...HOUSEKEEPING, retryLimit: 6, retryDelay: 600 },
  schedule: SURVEY_ASKS_SCHEDULE,
  async run({ prisma, boss, settings }) {
    const queued = await queueSurveyAsks(prisma, boss, settings);
    log.info(queued, "survey asks queued");
  },
});

/** One survey invitation or reminder, with its one-time link made as it is sent. */
export const surveyInvitationJob = emailJob({
  name: "survey-invitation",
  // `asked`: a new link the person asked for from an expired one (not one of the two asks).
  payload: referralJob.extend({ reminder: z.boolean(), asked: z.boolean().optional() }),
  policy: EMAIL_RETRIES,
  email: { batchSize: 5, concurrency: 1 },
  async send({ prisma, transport, from, settings }, job) {
    const sent = await sendSurveyInvitation({ prisma, transport, from, appUrl: settings.appUrl }, job.data);
    log.info({ jobId: job.id, referralId: job.data.referralId, sent }, "survey invitation worked");
  },
});
