/**
 * What the person can do with their request once inside "Manage your
 * request": see where it is, change how to contact them, pause, resume and
 * withdraw. Each change is one transaction with its timeline entry (by the
 * person: no member of staff), its audit row and the email that tells staff
 * (a link, never the details).
 */
import "server-only";
import type { PersonSession } from "./access";
import type { PersonChange } from "@/lib/email/templates/person-change-notice";
import type { PgBoss } from "pg-boss";
import type { Prisma, PrismaClient, Referral } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import type { AuditAction } from "@/lib/audit/actions";
import { formatDate, ukDay, ukDayStart } from "@/lib/dates";
import { enqueueInTransaction } from "@/lib/jobs/queue";
import { personChangeNoticeJob } from "./person-jobs";
import { summariseStep } from "@/lib/referrals/answers-summary";
import { contactColumns } from "@/lib/referrals/contact-columns";
import { readAnswers } from "@/lib/referrals/read-answers";
import type { z } from "zod";
import type { safeContactSchema } from "@/lib/referrals/schema";
import { WITHDRAWN_BY_PERSON } from "@/lib/referrals/status-rules";
import type { pauseSchemaFor, withdrawSchema } from "./schemas";

export type PersonStage = "received" | "contacting" | "in-progress" | "paused" | "closed" | "withdrawn";

export type PersonView = {
  reference: string;
  stage: PersonStage;
  receivedAt: Date;
  firstContactDueAt: Date | null;
  pausedUntil: Date | null;
  /** Their safe-contact answers, to fill the change form. */
  safeContact: Record<string, unknown>;
};

/** A change made, or refused because the request is closed (withdrawn, or closed by staff). The form was checked before. */
export type ChangeOutcome = { ok: true } | { ok: false; closed: true };

/** What each change takes: its form's answers as its schema reads them (the action parses the form first). */
export type SafeContactInput = z.output<typeof safeContactSchema>;
export type PauseInput = z.output<ReturnType<typeof pauseSchemaFor>>;
export type WithdrawInput = z.output<typeof withdrawSchema>;

function stageOf(referral: Pick<Referral, "status" | "withdrawnAt" | "pausedUntil">, now: Date): PersonStage {
  if (referral.withdrawnAt) return "withdrawn";
  if (referral.status === "CLOSED") return "closed";
  if (referral.pausedUntil && referral.pausedUntil > now) return "paused";
  if (referral.status === "NEW") return "received";
  if (referral.status === "CONTACTING") return "contacting";
  return "in-progress";
}

/** Where it is, in words for the person: no staff names, no notes. */
export async function personView(
  prisma: PrismaClient,
  referralId: string,
  now = new Date(),
): Promise<PersonView | null> {
  const referral = await prisma.referral.findUnique({ where: { id: referralId } });
  if (!referral) return null;
  return {
    reference: referral.reference,
    stage: stageOf(referral, now),
    receivedAt: referral.createdAt,
    // Once tried by a way they chose (or spoken to), the promise is kept: no date to show.
    firstContactDueAt: referral.firstChosenAttemptAt || referral.firstSpokenAt ? null : referral.firstContactDueAt,
    pausedUntil: referral.pausedUntil && referral.pausedUntil > now ? referral.pausedUntil : null,
    safeContact: (readAnswers(referral)["safe-contact"] ?? {}) as Record<string, unknown>,
  };
}

/** The staff email says which change in its subject. */
const CHANGE_OF: Partial<Record<AuditAction, PersonChange>> = {
  "person.contact-changed": "details-changed",
  "person.paused": "paused",
  "person.resumed": "resumed",
  "person.withdrew": "withdrawn",
};

type Change = {
  action: AuditAction;
  details?: Record<string, unknown>;
  /** Changes the referral; returns its timeline entry. */
  apply(
    tx: Prisma.TransactionClient,
    referral: Referral,
  ): Promise<Omit<Prisma.ReferralEventUncheckedCreateInput, "referralId">>;
};

/** One change by the person: locked, refused once closed, with its timeline entry, audit row and the staff email. */
async function changeByPerson(
  prisma: PrismaClient,
  boss: PgBoss,
  referralId: string,
  change: Change,
  ipAddress?: string,
): Promise<ChangeOutcome> {
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM referrals WHERE id = ${referralId}::uuid FOR UPDATE`;
    const referral = await tx.referral.findUnique({ where: { id: referralId } });
    if (!referral || referral.status === "CLOSED") return { ok: false, closed: true } as const;
    const event = await change.apply(tx, referral);
    await tx.referralEvent.create({ data: { ...event, referralId, actorId: null } });
    await recordAudit(tx, { action: change.action, actorId: null, referralId, ipAddress, details: change.details });
    await enqueueInTransaction(boss, tx, personChangeNoticeJob, { referralId, change: CHANGE_OF[change.action] });
    return { ok: true } as const;
  });
}

/** The safe-contact answers as staff read them, one line: what the timeline keeps of the old details. */
function describeContact(values: Record<string, unknown>): string {
  return summariseStep("safe-contact", values, "staff")
    .map((row) => `${row.question}: ${row.answer.replaceAll("\n", "; ")}`)
    .join("\n");
}

/** New ways to contact them, checked exactly as in the journey. The old details stay in the timeline. */
export async function changeContact(
  prisma: PrismaClient,
  boss: PgBoss,
  session: PersonSession,
  contact: SafeContactInput,
  ipAddress?: string,
): Promise<ChangeOutcome> {
  return changeByPerson(
    prisma,
    boss,
    session.referralId,
    {
      action: "person.contact-changed",
      async apply(tx, referral) {
        const answers = readAnswers(referral);
        const before = (answers["safe-contact"] ?? {}) as Record<string, unknown>;
        await tx.referral.update({
          where: { id: referral.id },
          data: {
            answers: { ...answers, "safe-contact": contact } as Prisma.InputJsonValue,
            ...contactColumns(contact),
            contactChangedAt: new Date(),
            personChangeUnseenAt: new Date(),
            // Staff who had the page open must reload before their own change: they would be working from the old details.
            version: { increment: 1 },
          },
        });
        return { type: "CHANGED_BY_PERSON", text: `Before the change:\n${describeContact(before)}`.slice(0, 5000) };
      },
    },
    ipAddress,
  );
}

const DAY = 86_400_000;

/**
 * The next step's date once a pause is set or ended: the default step (first contact) moves with
 * the first-contact date; a step the caseworker set is not due before the person can be contacted.
 */
function nextStepDueAfterPause(
  referral: { nextStep: string | null; nextStepDue: Date | null },
  firstContactDue: Date | null,
  contactableFrom: string,
): Date | null {
  if (!referral.nextStep)
    return firstContactDue ? new Date(`${ukDay(firstContactDue)}T00:00:00Z`) : referral.nextStepDue;
  const current = referral.nextStepDue?.toISOString().slice(0, 10);
  return new Date(`${current && current > contactableFrom ? current : contactableFrom}T00:00:00Z`);
}

/** "Please do not contact me until …": first-contact due dates stop counting for as long as the pause. */
export async function pauseRequest(
  prisma: PrismaClient,
  boss: PgBoss,
  session: PersonSession,
  pause: PauseInput,
  ipAddress?: string,
  now = new Date(),
): Promise<ChangeOutcome> {
  const until = ukDayStart(pause.until);
  return changeByPerson(
    prisma,
    boss,
    session.referralId,
    {
      action: "person.paused",
      details: { until: pause.until, days: Math.round((until.getTime() - now.getTime()) / DAY) },
      async apply(tx, referral) {
        // Moved on by the time paused (or by the change, if it was paused already).
        const from = referral.pausedUntil && referral.pausedUntil > now ? referral.pausedUntil : now;
        const due =
          referral.firstContactDueAt && !referral.firstSpokenAt
            ? new Date(referral.firstContactDueAt.getTime() + (until.getTime() - from.getTime()))
            : referral.firstContactDueAt;
        await tx.referral.update({
          where: { id: referral.id },
          data: {
            pausedUntil: until,
            pauseReason: pause.reason || null,
            firstContactDueAt: due,
            nextStepDue: nextStepDueAfterPause(referral, due, pause.until),
            personChangeUnseenAt: now,
            version: { increment: 1 },
          },
        });
        return {
          type: "PAUSED_BY_PERSON",
          text: [`Do not contact them until ${formatDate(until)}.`, pause.reason && `Their reason: ${pause.reason}`]
            .filter(Boolean)
            .join("\n"),
        };
      },
    },
    ipAddress,
  );
}

/** Ends a pause early: the due date comes back by the time not used. */
export async function resumeRequest(
  prisma: PrismaClient,
  boss: PgBoss,
  session: PersonSession,
  ipAddress?: string,
  now = new Date(),
): Promise<ChangeOutcome> {
  return changeByPerson(
    prisma,
    boss,
    session.referralId,
    {
      action: "person.resumed",
      async apply(tx, referral) {
        const left =
          referral.pausedUntil && referral.pausedUntil > now ? referral.pausedUntil.getTime() - now.getTime() : 0;
        const due =
          referral.firstContactDueAt && !referral.firstSpokenAt
            ? new Date(referral.firstContactDueAt.getTime() - left)
            : referral.firstContactDueAt;
        await tx.referral.update({
          where: { id: referral.id },
          data: {
            pausedUntil: null,
            pauseReason: null,
            firstContactDueAt: due,
            nextStepDue: nextStepDueAfterPause(referral, due, ukDay(now)),
            personChangeUnseenAt: now,
            version: { increment: 1 },
          },
        });
        return { type: "RESUMED_BY_PERSON", text: null };
      },
    },
    ipAddress,
  );
}

/**
 * Withdraws: the referral is closed as "withdrawn by the person" (the shorter
 * retention period applies), and, if they ask, what they told us is marked
 * for an administrator to erase within a month (a subject-access request).
 */
export async function withdrawRequest(
  prisma: PrismaClient,
  boss: PgBoss,
  session: PersonSession,
  withdrawal: WithdrawInput,
  ipAddress?: string,
  now = new Date(),
): Promise<ChangeOutcome> {
  const { reason, erase } = withdrawal;
  return changeByPerson(
    prisma,
    boss,
    session.referralId,
    {
      action: "person.withdrew",
      details: { erasureRequested: erase },
      async apply(tx, referral) {
        await tx.referral.update({
          where: { id: referral.id },
          data: {
            status: "CLOSED",
            closureReason: WITHDRAWN_BY_PERSON.value,
            closedAt: now,
            withdrawnAt: now,
            pausedUntil: null,
            pauseReason: null,
            erasureRequestedAt: erase ? now : null,
            nextStep: null,
            nextStepDue: null,
            personChangeUnseenAt: now,
            version: { increment: 1 },
          },
        });
        return {
          type: "WITHDRAWN_BY_PERSON",
          fromStatus: referral.status,
          toStatus: "CLOSED",
          closureReason: WITHDRAWN_BY_PERSON.value,
          text:
            [reason && `Their reason: ${reason}`, erase && "They asked for what they told us to be deleted."]
              .filter(Boolean)
              .join("\n") || null,
        };
      },
    },
    ipAddress,
  );
}
