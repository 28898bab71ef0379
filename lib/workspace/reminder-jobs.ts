/**
 * The reminder emails, one job each (queued by reminders.ts, or by an
 * assignment). Each reads what it needs when it is sent, so an email never
 * says more than the case is now (a case closed or erased meanwhile sends nothing).
 */
import "server-only";
import { z } from "zod";
import { EMAIL_RETRIES, emailJob, referralJob, type EmailJobContext } from "@/lib/jobs/define-job";
import type { Job } from "pg-boss";
import { ukDayStart } from "@/lib/dates";
import type { FirstContactPromise } from "@/lib/env";
import {
  renderAssignmentNotice,
  renderFirstContactEscalation,
  renderPauseEndedNotice,
  renderStaffDigest,
} from "@/lib/email/templates/staff-reminders";
import type { MailTransport } from "@/lib/email/transport";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { workingDaysBetween } from "@/lib/referrals/working-days";

export type ReminderJobDeps = {
  prisma: PrismaClient;
  transport: MailTransport;
  from: string;
  appUrl: string;
  providerEmail: string;
  firstContactPromise: FirstContactPromise;
};

const OPEN = ["NEW", "CONTACTING", "ASSESSING", "IN_PROGRESS"] as const;
/** A digest names at most this many references per line; the workspace has the rest. */
const MAX_REFERENCES = 20;

const DAY_WORDS = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

const caseUrl = (deps: ReminderJobDeps, id: string) => `${deps.appUrl}/staff/referrals/${id}`;

export async function sendStaffDigest(deps: ReminderJobDeps, job: Job<{ userId: string; day: string }>): Promise<void> {
  const { prisma } = deps;
  const user = await prisma.staffUser.findUnique({
    where: { id: job.data.userId },
    select: { email: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return;
  const dayDate = new Date(`${job.data.day}T00:00:00Z`);
  const startOfDay = ukDayStart(job.data.day);
  const notPaused = { OR: [{ pausedUntil: null }, { pausedUntil: { lte: startOfDay } }] };
  const mine = { status: { in: [...OPEN] }, assignedToId: job.data.userId, ...notPaused };
  const references = async (where: object) =>
    (
      await prisma.referral.findMany({
        where: { AND: [mine, where] },
        select: { reference: true },
        orderBy: { createdAt: "asc" },
        take: MAX_REFERENCES,
      })
    ).map((r) => r.reference);
  const kept = deps.firstContactPromise === "spoken" ? "firstSpokenAt" : "firstChosenAttemptAt";
  const [dueToday, overdue, firstContactOverdue, unassigned, changedByPerson] = await Promise.all([
    references({ nextStepDue: dayDate }),
    references({ nextStepDue: { lt: dayDate } }),
    references({ [kept]: null, firstContactDueAt: { lt: startOfDay } }),
    prisma.referral.count({ where: { status: { in: [...OPEN] }, assignedToId: null, ...notPaused } }),
    prisma.referral.count({ where: { personChangeUnseenAt: { not: null } } }),
  ]);
  if (dueToday.length + overdue.length + firstContactOverdue.length + unassigned + changedByPerson === 0) {
    log.info({ jobId: job.id, userId: job.data.userId }, "nothing for the staff digest; not sent");
    return;
  }
  await deps.transport.send({
    from: deps.from,
    to: user.email,
    ...renderStaffDigest({
      // "Monday 7 December 2026", the GOV.UK way (Intl puts a comma after the weekday).
      dayWords: DAY_WORDS.format(dayDate).replace(",", ""),
      mine: { dueToday, overdue, firstContactOverdue },
      team: { unassigned, changedByPerson },
      workspaceUrl: `${deps.appUrl}/staff?view=mine`,
    }),
  });
  log.info({ jobId: job.id, userId: job.data.userId }, "staff digest sent");
}

export async function sendAssignmentNotice(
  deps: ReminderJobDeps,
  job: Job<{ referralId: string; userId: string; byId: string }>,
): Promise<void> {
  const [referral, user, by] = await Promise.all([
    deps.prisma.referral.findUnique({
      where: { id: job.data.referralId },
      select: { id: true, reference: true, assignedToId: true },
    }),
    deps.prisma.staffUser.findUnique({ where: { id: job.data.userId }, select: { email: true, disabledAt: true } }),
    deps.prisma.staffUser.findUnique({ where: { id: job.data.byId }, select: { name: true } }),
  ]);
  // Reassigned again, erased or the account disabled meanwhile: nothing to say.
  if (!referral || !user || user.disabledAt || referral.assignedToId !== job.data.userId) return;
  await deps.transport.send({
    from: deps.from,
    to: user.email,
    ...renderAssignmentNotice({
      reference: referral.reference,
      referralUrl: caseUrl(deps, referral.id),
      by: by?.name ?? "A member of staff",
    }),
  });
  log.info({ jobId: job.id, referralId: referral.id }, "assignment notice sent");
}

export async function sendPauseEndedNotice(
  deps: ReminderJobDeps,
  job: Job<{ referralId: string; pausedUntil: string }>,
): Promise<void> {
  const referral = await deps.prisma.referral.findUnique({
    where: { id: job.data.referralId },
    select: {
      id: true,
      reference: true,
      status: true,
      pausedUntil: true,
      assignedTo: { select: { email: true, disabledAt: true } },
    },
  });
  // Closed, paused again or erased meanwhile: nothing to say.
  if (!referral || referral.status === "CLOSED" || referral.pausedUntil?.toISOString() !== job.data.pausedUntil) return;
  const to = referral.assignedTo && !referral.assignedTo.disabledAt ? referral.assignedTo.email : deps.providerEmail;
  await deps.transport.send({
    from: deps.from,
    to,
    ...renderPauseEndedNotice({ reference: referral.reference, referralUrl: caseUrl(deps, referral.id) }),
  });
  log.info({ jobId: job.id, referralId: referral.id }, "pause-ended notice sent");
}

export async function sendFirstContactEscalation(
  deps: ReminderJobDeps,
  job: Job<{ referralId: string }>,
): Promise<void> {
  const referral = await deps.prisma.referral.findUnique({
    where: { id: job.data.referralId },
    select: {
      id: true,
      reference: true,
      status: true,
      firstContactDueAt: true,
      firstChosenAttemptAt: true,
      firstSpokenAt: true,
      assignedToId: true,
    },
  });
  const kept = deps.firstContactPromise === "spoken" ? referral?.firstSpokenAt : referral?.firstChosenAttemptAt;
  if (!referral || referral.status === "CLOSED" || kept || !referral.firstContactDueAt) return;
  const admins = await deps.prisma.staffUser.findMany({
    where: { role: "ADMIN", disabledAt: null },
    select: { email: true },
  });
  const message = renderFirstContactEscalation({
    reference: referral.reference,
    referralUrl: caseUrl(deps, referral.id),
    workingDaysLate: workingDaysBetween(referral.firstContactDueAt, new Date()),
    assigned: referral.assignedToId !== null,
  });
  // One message to all of them: a retry sends it again to all, never to some twice and others not at all.
  if (admins.length)
    await deps.transport.send({ from: deps.from, to: admins.map((a) => a.email).join(", "), ...message });
  log.info({ jobId: job.id, referralId: referral.id, administrators: admins.length }, "first-contact escalation sent");
}

const reminderDeps = ({ prisma, transport, from, settings }: EmailJobContext): ReminderJobDeps => ({
  prisma,
  transport,
  from,
  appUrl: settings.appUrl,
  providerEmail: settings.providerEmail,
  firstContactPromise: settings.firstContactPromise,
});

/** Tells a member of staff a case was assigned to them (by someone else): a reference and a link. */
export const assignmentNoticeJob = emailJob({
  name: "assignment-notice",
  payload: z.object({ referralId: z.uuid(), userId: z.uuid(), byId: z.uuid() }),
  policy: EMAIL_RETRIES,
  email: { batchSize: 5, concurrency: 1 },
  send: (context, job) => sendAssignmentNotice(reminderDeps(context), job),
});

/** One member of staff's morning digest for a UK day: counts and references only. */
export const staffDigestJob = emailJob({
  name: "staff-digest",
  payload: z.object({ userId: z.uuid(), day: z.iso.date() }),
  policy: EMAIL_RETRIES,
  email: { batchSize: 10, concurrency: 2 },
  send: (context, job) => sendStaffDigest(reminderDeps(context), job),
});

/** Tells the assignee (or the provider's inbox) that the person's pause ended: they can be contacted again from today. */
export const pauseEndedNoticeJob = emailJob({
  name: "pause-ended-notice",
  // The pause's end as it was when queued: a pause changed since (paused again, say) sends nothing.
  payload: referralJob.extend({ pausedUntil: z.iso.datetime() }),
  policy: EMAIL_RETRIES,
  email: { batchSize: 5, concurrency: 1 },
  send: (context, job) => sendPauseEndedNotice(reminderDeps(context), job),
});

/** Tells every administrator that a first-contact promise was missed by FIRST_CONTACT_ESCALATION_WORKING_DAYS. */
export const firstContactEscalationJob = emailJob({
  name: "first-contact-escalation",
  payload: referralJob,
  policy: EMAIL_RETRIES,
  email: { batchSize: 5, concurrency: 1 },
  send: (context, job) => sendFirstContactEscalation(reminderDeps(context), job),
});
