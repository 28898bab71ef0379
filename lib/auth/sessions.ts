/**
 * Server-side staff sessions. The cookie holds a 256-bit random token; the
 * database keeps its SHA-256. A session ends after SESSION_IDLE_MINUTES without
 * activity, SESSION_ABSOLUTE_HOURS after sign-in, on sign-out, when the account
 * is disabled, and when the password is set again.
 */
import "server-only";
import type { PrismaClient, StaffRole } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { newToken, tokenHash } from "./tokens";

export type SessionLimits = { idleMinutes: number; absoluteHours: number };

export type SignedInStaff = {
  sessionHash: string;
  userId: string;
  email: string;
  name: string;
  role: StaffRole;
  /** False until the second factor is done: such a session may only finish signing in. */
  secondFactorDone: boolean;
  totpEnrolled: boolean;
};

/** Recording activity at most once a minute keeps reads cheap. */
const TOUCH_EVERY_MS = 60_000;

export async function createSession(
  prisma: PrismaClient,
  userId: string,
  limits: SessionLimits,
  ipAddress: string | undefined,
  now = new Date(),
): Promise<string> {
  const token = newToken();
  await prisma.staffSession.create({
    data: {
      tokenHash: tokenHash(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + limits.absoluteHours * 3600_000),
      ipAddress: ipAddress ?? null,
    },
  });
  return token;
}

/** The staff member behind a session token, or null when the session has ended for any reason. */
export async function readSession(
  prisma: PrismaClient,
  token: string | undefined,
  limits: SessionLimits,
  now = new Date(),
): Promise<SignedInStaff | null> {
  if (!token) return null;
  const hash = tokenHash(token);
  const session = await prisma.staffSession.findUnique({ where: { tokenHash: hash }, include: { user: true } });
  if (!session) return null;
  const idleEnd = session.lastSeenAt.getTime() + limits.idleMinutes * 60_000;
  if (session.expiresAt <= now || idleEnd <= now.getTime() || session.user.disabledAt) {
    await prisma.staffSession.deleteMany({ where: { tokenHash: hash } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await prisma.staffSession.updateMany({ where: { tokenHash: hash }, data: { lastSeenAt: now } });
  }
  return {
    sessionHash: hash,
    userId: session.userId,
    email: session.user.email,
    name: session.user.name,
    role: session.user.role,
    secondFactorDone: session.secondFactorAt !== null,
    totpEnrolled: session.user.totpEnabledAt !== null,
  };
}

/**
 * Signing in is finished: the half-signed-in session is replaced by a new one
 * under a new token (so a token seen before the second factor, in a log or on
 * a shared screen, is worth nothing), keeping the original absolute end. The
 * account shows when it last signed in. Returns the new token for the cookie.
 */
export async function completeSignIn(prisma: PrismaClient, sessionHash: string, now = new Date()): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const old = await tx.staffSession.delete({ where: { tokenHash: sessionHash } });
    const token = newToken();
    await tx.staffSession.create({
      data: {
        tokenHash: tokenHash(token),
        userId: old.userId,
        createdAt: old.createdAt,
        lastSeenAt: now,
        expiresAt: old.expiresAt,
        secondFactorAt: now,
        ipAddress: old.ipAddress,
      },
    });
    await tx.staffUser.update({ where: { id: old.userId }, data: { lastSignInAt: now } });
    return token;
  });
}

/** Signing out: the session ends, and the audit trail says who and from where. */
export async function signOut(prisma: PrismaClient, token: string, ipAddress?: string): Promise<void> {
  const session = await prisma.staffSession.findUnique({
    where: { tokenHash: tokenHash(token) },
    select: { userId: true },
  });
  await endSession(prisma, token);
  if (session) await recordAudit(prisma, { action: "sign-out", actorId: session.userId, ipAddress });
}

export async function endSession(prisma: PrismaClient, token: string): Promise<void> {
  await prisma.staffSession.deleteMany({ where: { tokenHash: tokenHash(token) } });
}

export async function endAllSessions(prisma: PrismaClient, userId: string): Promise<number> {
  return (await prisma.staffSession.deleteMany({ where: { userId } })).count;
}
