/**
 * Subject access: an administrator finds a person's referrals (by reference,
 * email address or phone number) and gets everything held about one of them:
 * the answers, consent, delivery, the case and its whole history. Staff names
 * are left out (they are other people's data): entries say "a member of staff".
 * Every search and every bundle is recorded in the audit trail.
 */
import "server-only";
import { agreementForPack, outcomeForPack } from "@/lib/restorative/outcome-pack";
import { sessionsForPack } from "@/lib/restorative/session-pack";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import { summariseAnswers } from "@/lib/referrals/answers-summary";
import { ALL_CLOSURE_REASONS, STATUS_LABELS } from "@/lib/referrals/status-rules";
import { describeEvent } from "@/lib/workspace/describe-event";
import { normalisePhone } from "@/lib/forms/phone";
import type { PersonSearch } from "./subject-access-rules";
import { readAnswers } from "@/lib/referrals/read-answers";
import { isUuid } from "@/lib/db/ids";

export { searchProblem, type PersonSearch } from "./subject-access-rules";

export async function findPersonReferrals(
  prisma: PrismaClient,
  admin: AuthorisedStaff,
  search: PersonSearch,
  ipAddress?: string,
) {
  requirePermission(admin, "subject-access.manage");
  const term = search.term.trim();
  // Indexed copies of the contact details (contact_email, contact_phones), in the referral's own row.
  const rows =
    search.by === "reference"
      ? await prisma.$queryRaw<
          Array<{ id: string }>
        >`SELECT id::text AS id FROM referrals WHERE reference = ${term.toUpperCase()} LIMIT 50`
      : search.by === "email"
        ? await prisma.$queryRaw<
            Array<{ id: string }>
          >`SELECT id::text AS id FROM referrals WHERE contact_email = ${term.toLowerCase()} ORDER BY created_at DESC LIMIT 50`
        : // MATERIALIZED: the matches first, then sorted. Left to itself the planner guesses that many rows
          // match an array and walks the date index instead, filtering the whole table (1.1 s at a million).
          await prisma.$queryRaw<Array<{ id: string }>>`
            WITH matches AS MATERIALIZED (SELECT id, created_at FROM referrals WHERE contact_phones @> ARRAY[${normalisePhone(term)}]::text[])
            SELECT id::text AS id FROM matches ORDER BY created_at DESC LIMIT 50`;
  const found = await prisma.referral.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    orderBy: { createdAt: "desc" },
    select: { id: true, reference: true, createdAt: true, status: true, fullName: true },
  });
  // What was searched for is personal data: the audit row says only how, and how many were found.
  await recordAudit(prisma, {
    action: "subject-access.searched",
    actorId: admin.userId,
    ipAddress,
    details: { by: search.by, found: found.length },
  });
  return found;
}

export type SubjectAccessBundle = Awaited<ReturnType<typeof subjectAccessBundle>>;

/** Everything held about one referral, or null when there is no such referral. */
export async function subjectAccessBundle(
  prisma: PrismaClient,
  admin: AuthorisedStaff,
  referralId: string,
  format: "page" | "json",
  ipAddress?: string,
) {
  requirePermission(admin, "subject-access.manage");
  if (!isUuid(referralId)) return null;
  const referral = await prisma.referral.findUnique({ where: { id: referralId } });
  if (!referral) return null;
  const events = await prisma.referralEvent.findMany({
    where: { referralId },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  const [sessions, outcome, agreement, wellbeing] = await Promise.all([
    prisma.caseSession.findMany({ where: { referralId }, orderBy: { startsAt: "asc" } }),
    prisma.caseOutcome.findUnique({ where: { referralId } }),
    prisma.agreementItem.findMany({ where: { referralId }, orderBy: { dueOn: "asc" } }),
    prisma.wellbeingAnswer.findMany({ where: { referralId }, orderBy: { answeredAt: "asc" } }),
  ]);
  await recordAudit(prisma, {
    action: "subject-access.downloaded",
    actorId: admin.userId,
    referralId,
    ipAddress,
    details: { format },
  });
  const staffNames = new Map<string, string>(); // deliberately empty: staff are "a member of staff"
  return {
    generatedAt: new Date().toISOString(),
    reference: referral.reference,
    receivedAt: referral.createdAt.toISOString(),
    consent: { givenAt: referral.consentGivenAt.toISOString(), wordingVersion: referral.consentVersion },
    answers: summariseAnswers(readAnswers(referral)).flatMap((section) =>
      section.rows.map((row) => ({ section: section.title, question: row.question, answer: row.answer })),
    ),
    case: {
      status: STATUS_LABELS[referral.status],
      sensitive: referral.sensitive,
      assignedToSomeone: referral.assignedToId !== null,
      firstContactDueAt: referral.firstContactDueAt?.toISOString() ?? null,
      firstContactAttemptAt: referral.firstContactAt?.toISOString() ?? null,
      firstTryByAWayTheyChoseAt: referral.firstChosenAttemptAt?.toISOString() ?? null,
      firstSpokenToAt: referral.firstSpokenAt?.toISOString() ?? null,
      nextStep: referral.nextStep,
      nextStepDue: referral.nextStepDue?.toISOString().slice(0, 10) ?? null,
      closedAt: referral.closedAt?.toISOString() ?? null,
      closureReason: ALL_CLOSURE_REASONS.find((r) => r.value === referral.closureReason)?.label ?? null,
    },
    emails: {
      toProvider: { status: referral.providerEmailStatus, sentAt: referral.providerEmailSentAt?.toISOString() ?? null },
      confirmationToYou: referral.victimEmailStatus,
    },
    // Their own sessions in full; joint ones only as having taken place; never the person responsible's.
    sessions: sessionsForPack(sessions, "victim"),
    outcome: outcomeForPack(outcome, "victim"),
    agreement: agreementForPack(agreement, "victim"),
    // How they said they felt, at the start and after: their own answers, as given.
    howYouFelt: wellbeing.map((a) => ({
      when: a.stage === "start" ? "At the start" : "After the case",
      answeredAt: a.answeredAt.toISOString(),
      afraidItWillHappenAgain: a.fear,
      angry: a.anger,
      coping: a.coping,
      satisfaction: a.satisfaction,
      wouldRecommend: a.recommend,
      listenedTo: a.listened,
      prepared: a.prepared,
      safe: a.safe,
      comment: a.comment,
    })),
    history: events.map((event) => ({
      at: event.at.toISOString(),
      what: describeEvent(event, staffNames),
      by: event.actorId ? "A member of staff" : "The service",
      text: event.text,
    })),
  };
}

/** How long an erasure the person asked for may wait: a month, as for any subject-access request. */
export const ERASURE_REQUEST_DAYS = 30;

/**
 * Erasures people asked for when they withdrew online: each to be carried out
 * (on the referral's subject-access page) within a month, oldest first.
 */
export async function listErasureRequests(prisma: PrismaClient, admin: AuthorisedStaff) {
  requirePermission(admin, "subject-access.manage");
  const rows = await prisma.referral.findMany({
    where: { erasureRequestedAt: { not: null } },
    orderBy: { erasureRequestedAt: "asc" },
    select: { id: true, reference: true, erasureRequestedAt: true },
  });
  return rows.map((row) => ({
    ...row,
    dueAt: new Date(row.erasureRequestedAt!.getTime() + ERASURE_REQUEST_DAYS * 86_400_000),
  }));
}
