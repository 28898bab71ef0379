/**
 * The first step of signing in: email and password. Throttled per account
 * (5 failures in 15 minutes) and per address (20 failures in 15 minutes), with
 * one message whatever went wrong, and the same work done whether or not the
 * account exists, so nothing reveals which email addresses have accounts.
 */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { AUTH_MESSAGES } from "./messages";
import { dummyHash, hashPassword, needsRehash, verifyPassword } from "./password-hash";
import { createSession, type SessionLimits } from "./sessions";
import { normaliseEmail } from "./tokens";

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export type SignInResult =
  | { ok: true; sessionToken: string; next: "enrol" | "code" }
  | { ok: false; message: string };

async function isThrottled(prisma: PrismaClient, email: string, ipAddress: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
  const [byAccount, byAddress] = await Promise.all([
    prisma.signInAttempt.count({ where: { email, succeeded: false, createdAt: { gt: since } } }),
    prisma.signInAttempt.count({ where: { ipAddress, succeeded: false, createdAt: { gt: since } } }),
  ]);
  return byAccount >= MAX_FAILURES_PER_ACCOUNT || byAddress >= MAX_FAILURES_PER_ADDRESS;
}

export async function signInWithPassword(
  prisma: PrismaClient,
  input: { email: string; password: string; ipAddress: string },
  limits: SessionLimits,
  now = new Date(),
): Promise<SignInResult> {
  const email = normaliseEmail(input.email).slice(0, 254);
  if (await isThrottled(prisma, email, input.ipAddress, now)) {
    await recordAudit(prisma, { action: "sign-in.throttled", ipAddress: input.ipAddress, details: { email } });
    return { ok: false, message: AUTH_MESSAGES.throttled };
  }
  const user = await prisma.staffUser.findUnique({ where: { email } });
  const stored = user?.passwordHash ?? (await dummyHash());
  const passwordOk = (await verifyPassword(stored, input.password.slice(0, 1024))) && Boolean(user?.passwordHash);
  const ok = passwordOk && user !== null && user.disabledAt === null;

  await prisma.signInAttempt.create({ data: { email, ipAddress: input.ipAddress, succeeded: ok, createdAt: now } });
  if (!ok || !user) {
    await recordAudit(prisma, {
      action: "sign-in.failed",
      actorId: user?.id ?? null,
      ipAddress: input.ipAddress,
      details: { email, reason: !user ? "no-account" : user.disabledAt ? "disabled" : "password" },
    });
    return { ok: false, message: AUTH_MESSAGES.signInFailed };
  }
  if (needsRehash(stored)) {
    await prisma.staffUser.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.password) } });
  }
  const sessionToken = await createSession(prisma, user.id, limits, input.ipAddress, now);
  await recordAudit(prisma, { action: "sign-in.password-ok", actorId: user.id, ipAddress: input.ipAddress });
  return { ok: true, sessionToken, next: user.totpEnabledAt ? "code" : "enrol" };
}
