/**
 * The survey's emailed link: it opens the questions (showing them changes
 * nothing, since email scanners fetch every link) and is used up when the
 * person answers or says "no thanks". A used, replaced or expired link gets a
 * page with the other ways to answer; an expired one, a button that emails a
 * new link to the same safe address when the person asks (at most once a day:
 * their asking, not one of the service's two asks).
 */
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { tokenHash } from "@/lib/auth/tokens";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { PgBoss } from "pg-boss";
import { enqueueOncePerDay } from "@/lib/jobs/queue";
import { saveAnswers } from "./answers";
import { stopAsking } from "./person-survey";
import { forgetPublicFigures } from "./public-figures";
import { surveyInvitationJob } from "./survey-asks";
import type { AfterAnswers } from "./wellbeing-schemas";

export type LinkProblem = "unknown" | "used" | "expired";

export type LinkCheck = { ok: true; referralId: string } | { ok: false; problem: LinkProblem };

async function checkLink(db: PrismaClient | Prisma.TransactionClient, token: string, now: Date): Promise<LinkCheck> {
  const ask = await db.surveyAsk.findUnique({
    where: { linkHash: tokenHash(token) },
    select: {
      referralId: true,
      linkExpiresAt: true,
      linkUsedAt: true,
      declinedAt: true,
      referral: {
        select: {
          status: true,
          withdrawnAt: true,
          erasureRequestedAt: true,
          wellbeingAnswers: { where: { stage: "after" }, select: { id: true } },
        },
      },
    },
  });
  if (!ask) return { ok: false, problem: "unknown" };
  // Answered by phone in the meantime counts as used; a case reopened, withdrawn or to be deleted is asked no more.
  if (ask.linkUsedAt || ask.declinedAt || ask.referral.wellbeingAnswers.length) return { ok: false, problem: "used" };
  const { referral } = ask;
  if (referral.status !== "CLOSED" || referral.withdrawnAt || referral.erasureRequestedAt)
    return { ok: false, problem: "unknown" };
  if (!ask.linkExpiresAt || ask.linkExpiresAt <= now) return { ok: false, problem: "expired" };
  return { ok: true, referralId: ask.referralId };
}

/** Whether the link may show the questions now. */
export const surveyLinkState = (prisma: PrismaClient, token: string, now = new Date()): Promise<LinkCheck> =>
  checkLink(prisma, token, now);

/** Spends the link (`then` marks it used): locked to the ask's row, so two tabs sending at once save one set of answers. */
async function spendLink(
  prisma: PrismaClient,
  token: string,
  now: Date,
  then: (tx: Prisma.TransactionClient, referralId: string) => Promise<void>,
): Promise<LinkCheck> {
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<Array<{ referral_id: string }>>`
      SELECT referral_id FROM survey_asks WHERE link_hash = ${tokenHash(token)} FOR UPDATE`;
    if (!locked.length) return { ok: false, problem: "unknown" } as const;
    const check = await checkLink(tx, token, now);
    if (!check.ok) return check;
    await then(tx, check.referralId);
    return check;
  });
}

/** The person's answers, sent from the link's page. */
export async function answerByLink(
  prisma: PrismaClient,
  token: string,
  answers: AfterAnswers,
  now = new Date(),
): Promise<LinkCheck> {
  const spent = await spendLink(prisma, token, now, async (tx, referralId) => {
    await tx.surveyAsk.update({ where: { referralId }, data: { linkUsedAt: now } });
    await saveAnswers(tx, referralId, { stage: "after", answers }, { via: "online", recordedById: null, now });
    await recordAudit(tx, { action: "survey.answered", referralId, details: { stage: "after", via: "link" } });
  });
  if (spent.ok) forgetPublicFigures();
  return spent;
}

/** "No thanks": nothing more is asked, by email, in "Manage your request" or by staff. */
export const declineByLink = (prisma: PrismaClient, token: string, now = new Date()) =>
  spendLink(prisma, token, now, async (tx, referralId) => {
    await stopAsking(tx, referralId, now);
    await recordAudit(tx, { action: "survey.declined", referralId, details: { via: "link" } });
  });

/** The cookie that carries the emailed link's token from its address to the questions' page (never in an address the browser keeps). A dull name. */
export function surveyCookieName(https: boolean): string {
  return https ? "__Host-slink" : "slink";
}

/** How long the cookie lives: time to answer, and no longer. */
export const SURVEY_COOKIE_SECONDS = 2 * 3600;

/** A new link for an expired one, because the person asked: to the same safe address (checked again as it is sent), at most once a day. */
export async function requestNewSurveyLink(prisma: PrismaClient, boss: PgBoss, token: string, now = new Date()) {
  const check = await checkLink(prisma, token, now);
  if (check.ok || check.problem !== "expired") return false;
  const ask = await prisma.surveyAsk.findUnique({
    where: { linkHash: tokenHash(token) },
    select: { referralId: true },
  });
  if (!ask) return false;
  const data = { referralId: ask.referralId, reminder: false, asked: true };
  return Boolean(await enqueueOncePerDay(boss, surveyInvitationJob, data, `new-link:${ask.referralId}`));
}
