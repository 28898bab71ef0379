/**
 * The first step of signing in: email and password. Slowed per account at an
 * address and per address (sign-in-limits.ts), never by account alone, with
 * one message whatever went wrong, and the same work done whether or not the
 * account exists, so nothing reveals which email addresses have accounts.
 */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { consume, forget, refund, type LimitResult } from "@/lib/limits/rate-limits";
import { AppError } from "@/lib/errors/app-error";
import { dummyHash, hashPassword, needsRehash, verifyPassword } from "./password-hash";
import { createSession, type SessionLimits } from "./sessions";
import { pairKey, SIGN_IN_RULES, waitUntil, type SignInRules } from "./sign-in-limits";
import { normaliseEmail } from "./tokens";

/** Signed in with a password: the session, and whether two-factor sign-in is set up yet. Refusals are AppErrors. */
export type SignInResult = { ok: true; sessionToken: string; next: "enrol" | "code" };

export type SignInOptions = {
  rules?: SignInRules;
  /** Called once when an account's failed or held-back attempts reach the alert level (the action queues an email). */
  onRepeatedFailures?: (userId: string) => Promise<void>;
};

/** Takes a point from each limit the attempt counts against; the first refusal found, if any. */
async function takeAttempt(prisma: PrismaClient, rules: SignInRules, email: string, address: string) {
  const pair = pairKey(email, address);
  const taken: Array<[SignInRules[keyof SignInRules], string, LimitResult]> = [];
  for (const [rule, key] of [
    [rules.pair, pair],
    [rules.pairDaily, pair],
    [rules.address, address],
  ] as const) {
    taken.push([rule, key, await consume(prisma, rule, key)]);
  }
  const refusal = taken.map(([, , result]) => result).find((result) => !result.allowed);
  return { taken, refusal: refusal && !refusal.allowed ? refusal : undefined };
}

/** Counts a failed or held-back attempt on an account; the first one over the alert level in a window tells its owner. */
async function countFailureForAlert(
  prisma: PrismaClient,
  rules: SignInRules,
  userId: string,
  options: SignInOptions,
): Promise<void> {
  const alert = await consume(prisma, rules.alert, userId);
  if (!alert.allowed && alert.used === rules.alert.points + 1) await options.onRepeatedFailures?.(userId);
}

export async function signInWithPassword(
  prisma: PrismaClient,
  input: { email: string; password: string; ipAddress: string },
  limits: SessionLimits,
  now = new Date(),
  options: SignInOptions = {},
): Promise<SignInResult> {
  const rules = options.rules ?? SIGN_IN_RULES;
  const email = normaliseEmail(input.email).slice(0, 254);
  const { taken, refusal } = await takeAttempt(prisma, rules, email, input.ipAddress);
  const user = await prisma.staffUser.findUnique({ where: { email } });
  if (refusal) {
    await recordAudit(prisma, {
      action: "sign-in.throttled",
      actorId: user?.id ?? null,
      ipAddress: input.ipAddress,
      details: { email },
    });
    // Held back, but still an attempt on the account: its owner hears of it all the same.
    if (user) await countFailureForAlert(prisma, rules, user.id, options);
    throw new AppError("sign-in.throttled", "email", waitUntil(refusal.retryAt));
  }
  const stored = user?.passwordHash ?? (await dummyHash());
  const passwordOk = (await verifyPassword(stored, input.password.slice(0, 1024))) && Boolean(user?.passwordHash);
  const ok = passwordOk && user !== null && user.disabledAt === null;

  if (!ok || !user) {
    await recordAudit(prisma, {
      action: "sign-in.failed",
      actorId: user?.id ?? null,
      ipAddress: input.ipAddress,
      details: { email, reason: !user ? "no-account" : user.disabledAt ? "disabled" : "password" },
    });
    if (user) await countFailureForAlert(prisma, rules, user.id, options);
    throw new AppError("sign-in.failed", "email");
  }
  // The right password: this attempt does not count, and the failures before it at this address are forgotten.
  await forget(prisma, rules.pair, pairKey(email, input.ipAddress));
  for (const [rule, key] of taken) if (rule !== rules.pair) await refund(prisma, rule, key);

  if (needsRehash(stored)) {
    await prisma.staffUser.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(input.password) },
    });
  }
  const sessionToken = await createSession(prisma, user.id, limits, input.ipAddress, now);
  await recordAudit(prisma, { action: "sign-in.password-ok", actorId: user.id, ipAddress: input.ipAddress });
  return { ok: true, sessionToken, next: user.totpEnabledAt ? "code" : "enrol" };
}
