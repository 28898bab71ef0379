/**
 * The case's sessions: booked with their type, time, place or channel and who
 * attends; afterwards, what happened. Behind the need-to-know rule (the case's
 * facilitator and administrators), because preparing the person responsible
 * is part of them. Booking or recording one moves the case's next step to the
 * next session due, so it shows in the caseworker's "Due today".
 */
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { formatDate, formatTime, ukDateTime, ukDay, ukDayStart } from "@/lib/dates";
import { AppError } from "@/lib/errors/app-error";
import { openNeedingToKnow, refuseIfWithdrawn } from "./need-to-know";
import type { BookInput, RecordSessionInput } from "./session-schemas";
import { isUuid } from "@/lib/db/ids";

/** People whose presence makes a session contact with the victim (their pause forbids it). */
const VICTIM_SIDE = ["victim", "victimSupporter"];

const gate = (prisma: PrismaClient, staff: AuthorisedStaff, change: boolean, referralId: string, ip?: string) =>
  openNeedingToKnow(
    prisma,
    staff,
    change ? "restorative.change" : "restorative.read",
    referralId,
    "restorative.refused",
    ip,
  );

/** The case's sessions, soonest first; the view is audited. */
export async function listSessions(prisma: PrismaClient, staff: AuthorisedStaff, referralId: string, ip?: string) {
  const referral = await gate(prisma, staff, false, referralId, ip);
  const sessions = await prisma.caseSession.findMany({
    where: { referralId: referral.id },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    include: { recordedBy: { select: { name: true } } },
  });
  await recordAudit(prisma, {
    action: "session.viewed",
    actorId: staff.userId,
    referralId: referral.id,
    ipAddress: ip,
  });
  return { referral, sessions };
}

/** One session of the case (404 for another case's), to show (its page, its calendar file) or to change. */
export async function openSession(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: { referralId: string; sessionId: string; ipAddress?: string },
  change = false,
) {
  const referral = await gate(prisma, staff, change, input.referralId, input.ipAddress);
  const session = isUuid(input.sessionId)
    ? await prisma.caseSession.findFirst({ where: { id: input.sessionId, referralId: referral.id } })
    : null;
  if (!session) throw new AppError("session.not-found");
  return { referral, session };
}

export async function bookSession(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: BookInput & { referralId: string; ipAddress?: string },
  now = new Date(),
): Promise<{ sessionId: string }> {
  const referral = await gate(prisma, staff, true, input.referralId, input.ipAddress);
  refuseIfWithdrawn(referral, "session");
  const startsAt = ukDateTime(input.day, input.clock.hours, input.clock.minutes);
  // The person's pause wins: nothing with them before the day they gave.
  if (
    referral.pausedUntil &&
    referral.pausedUntil > now &&
    startsAt < referral.pausedUntil &&
    input.attendees.some((who) => VICTIM_SIDE.includes(who))
  ) {
    throw new AppError("session.paused", "onDay", { until: formatDate(referral.pausedUntil) });
  }
  return prisma.$transaction(async (tx) => {
    const session = await tx.caseSession.create({
      data: {
        referralId: referral.id,
        type: input.type,
        startsAt,
        minutes: input.minutes,
        channel: input.channel,
        place: input.place,
        attendees: input.attendees,
        interpreter: input.interpreter,
        bookedById: staff.userId,
      },
    });
    await followWithNextStep(tx, referral.id, staff.userId, "booked", now);
    await recordAudit(tx, {
      action: "session.booked",
      actorId: staff.userId,
      referralId: referral.id,
      ipAddress: input.ipAddress,
      details: { type: input.type },
    });
    return { sessionId: session.id };
  });
}

/**
 * What happened at a session. `version` is the one the page showed: someone
 * else's change in between is never overwritten. Recording stays open after
 * the person withdraws (it is what took place, like a note).
 */
export async function recordSession(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: RecordSessionInput & { referralId: string; sessionId: string; version: number; ipAddress?: string },
  now = new Date(),
): Promise<void> {
  const { referral, session } = await openSession(prisma, staff, input, true);
  refuseIfWithdrawn(referral, "note");
  if (input.happened && session.startsAt > now) throw new AppError("session.future", "happened");
  await prisma.$transaction(async (tx) => {
    const updated = await tx.caseSession.updateMany({
      where: { id: session.id, version: input.version },
      data: {
        happened: input.happened,
        attended: input.attended,
        notHappenedReason: input.notHappenedReason,
        summary: input.summary,
        concerns: input.concerns,
        safeguardingRaised: input.safeguardingRaised,
        safeguardingTo: input.safeguardingTo,
        safeguardingOn: input.safeguardingOn ? new Date(`${input.safeguardingOn}T00:00:00Z`) : null,
        safeguardingRef: input.safeguardingRef,
        recordedById: staff.userId,
        recordedAt: now,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new AppError("session.conflict");
    await followWithNextStep(tx, referral.id, staff.userId, "recorded", now);
    await recordAudit(tx, {
      action: "session.recorded",
      actorId: staff.userId,
      referralId: referral.id,
      ipAddress: input.ipAddress,
      details: { type: session.type, happened: input.happened, safeguarding: input.safeguardingRaised },
    });
  });
}

/** The words of a next step set by a session: neutral, as they reach the victim's timeline and pack. */
export const sessionStepWords = (startsAt: Date) => `Session at ${formatTime(startsAt)} (see Sessions)`;

/**
 * Moves the case's next step to the next session not yet recorded (from
 * today on). A booking only moves it earlier than a step the caseworker wrote;
 * recording a session with none left to come asks for the next step, today.
 */
async function followWithNextStep(
  tx: Prisma.TransactionClient,
  referralId: string,
  actorId: string,
  why: "booked" | "recorded",
  now: Date,
) {
  const referral = await tx.referral.findUniqueOrThrow({
    where: { id: referralId },
    select: { status: true, nextStep: true, nextStepDue: true },
  });
  if (referral.status === "CLOSED") return;
  const today = ukDay(now);
  const next = await tx.caseSession.findFirst({
    where: { referralId, happened: null, startsAt: { gte: ukDayStart(today) } },
    orderBy: { startsAt: "asc" },
  });
  const currentDue = referral.nextStepDue?.toISOString().slice(0, 10) ?? null;
  const writtenByHand = referral.nextStep !== null && !referral.nextStep.startsWith("Session at ");
  let step: string | null;
  let due: string;
  if (next) {
    step = sessionStepWords(next.startsAt);
    due = ukDay(next.startsAt);
    if (why === "booked" && writtenByHand && currentDue !== null && currentDue <= due) return;
  } else {
    if (why === "booked") return;
    step = null; // the default, "Set the next step"
    due = today;
  }
  if (step === referral.nextStep && due === currentDue) return;
  await tx.referral.update({
    where: { id: referralId },
    data: { nextStep: step, nextStepDue: new Date(`${due}T00:00:00Z`), version: { increment: 1 } },
  });
  await tx.referralEvent.create({
    data: {
      referralId,
      actorId,
      type: "NEXT_STEP_SET",
      text: `${step ?? "Set the next step"} (due ${formatDate(new Date(`${due}T12:00:00Z`))})`,
      at: now,
    },
  });
}
