/**
 * The second step of signing in, and enrolling an authenticator app at first
 * sign-in. Until this step is done a session can do nothing else.
 */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors/app-error";
import { findRecoveryCode, generateRecoveryCodes } from "./recovery-codes";
import { requirePermission, type AuthorisedStaff } from "./policy";
import { completeSignIn, type SignedInStaff } from "./sessions";
import { checkTotp, newTotpSecret, totpQrSvg, totpUri } from "./totp";

/**
 * Starts enrolment: a secret not yet in force. Showing the page again shows the
 * same secret, so an app that has already scanned it keeps working.
 */
export async function beginEnrolment(prisma: PrismaClient, staff: SignedInStaff) {
  if (staff.totpEnrolled) throw new Error("Already enrolled");
  const user = await prisma.staffUser.findUniqueOrThrow({ where: { id: staff.userId } });
  const secret = user.totpSecret ?? newTotpSecret();
  if (!user.totpSecret) await prisma.staffUser.update({ where: { id: staff.userId }, data: { totpSecret: secret } });
  const uri = totpUri(secret, staff.email);
  return { secret, uri, qrSvg: await totpQrSvg(uri) };
}

/**
 * Confirms enrolment with a first code, which also finishes signing in: the
 * new session token is returned for the cookie. The recovery codes are issued
 * next (issueRecoveryCodes). A wrong code throws AppError(two-factor.enrol-failed).
 */
export async function confirmEnrolment(
  prisma: PrismaClient,
  staff: SignedInStaff,
  code: string,
  ipAddress?: string,
  now = new Date(),
): Promise<{ sessionToken: string }> {
  const user = await prisma.staffUser.findUniqueOrThrow({ where: { id: staff.userId } });
  if (!user.totpSecret || user.totpEnabledAt) throw new AppError("two-factor.enrol-failed", "code");
  const check = await checkTotp(user.totpSecret, code, null, now);
  if (!check.ok) throw new AppError("two-factor.enrol-failed", "code");
  await prisma.staffUser.update({
    where: { id: user.id },
    data: { totpEnabledAt: now, totpLastTimeStep: check.timeStep, recoveryCodeHashes: [] },
  });
  const sessionToken = await completeSignIn(prisma, staff.sessionHash, now);
  await recordAudit(prisma, { action: "two-factor.enrolled", actorId: user.id, ipAddress });
  return { sessionToken };
}

/**
 * A new set of 10 recovery codes, replacing any before: returned once, to be
 * shown once; only their hashes are kept.
 */
export async function issueRecoveryCodes(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  ipAddress?: string,
): Promise<string[]> {
  requirePermission(staff, "two-factor.recovery-codes");
  const { codes, hashes } = generateRecoveryCodes();
  await prisma.staffUser.update({ where: { id: staff.userId }, data: { recoveryCodeHashes: hashes } });
  await recordAudit(prisma, { action: "two-factor.recovery-codes-issued", actorId: staff.userId, ipAddress });
  return codes;
}

export const MAX_SECOND_FACTOR_FAILURES = 5;

/**
 * A code from the app, or a recovery code (which is then used up). Returns the
 * new session token when it is right, null otherwise. After 5 wrong codes in
 * 15 minutes the session is ended: guessing 6-digit codes must start again
 * from the password.
 */
export async function verifySecondFactor(
  prisma: PrismaClient,
  staff: SignedInStaff,
  code: string,
  ipAddress?: string,
  now = new Date(),
): Promise<string | null> {
  const user = await prisma.staffUser.findUniqueOrThrow({ where: { id: staff.userId } });
  if (!user.totpSecret || !user.totpEnabledAt) return null;
  const recentFailures = await prisma.auditEvent.count({
    where: {
      actorId: user.id,
      action: "sign-in.second-factor-failed",
      at: { gt: new Date(now.getTime() - 15 * 60_000) },
    },
  });
  if (recentFailures >= MAX_SECOND_FACTOR_FAILURES) {
    await prisma.staffSession.deleteMany({ where: { tokenHash: staff.sessionHash } });
    return null;
  }
  const check = await checkTotp(user.totpSecret, code, user.totpLastTimeStep, now);
  if (check.ok) {
    // Only one request can move the time step on: a code works once even if sent twice at once.
    const moved = await prisma.staffUser.updateMany({
      where: { id: user.id, totpLastTimeStep: user.totpLastTimeStep },
      data: { totpLastTimeStep: check.timeStep },
    });
    if (moved.count === 1) {
      const sessionToken = await completeSignIn(prisma, staff.sessionHash, now);
      await recordAudit(prisma, {
        action: "sign-in.succeeded",
        actorId: user.id,
        ipAddress,
        details: { method: "totp" },
      });
      return sessionToken;
    }
  }
  const index = findRecoveryCode(code, user.recoveryCodeHashes);
  if (index >= 0) {
    const remaining = user.recoveryCodeHashes.filter((_, i) => i !== index);
    const used = await prisma.staffUser.updateMany({
      where: { id: user.id, recoveryCodeHashes: { equals: user.recoveryCodeHashes } },
      data: { recoveryCodeHashes: remaining },
    });
    if (used.count === 1) {
      const sessionToken = await completeSignIn(prisma, staff.sessionHash, now);
      await recordAudit(prisma, {
        action: "sign-in.succeeded",
        actorId: user.id,
        ipAddress,
        details: { method: "recovery-code", remaining: remaining.length },
      });
      return sessionToken;
    }
  }
  await recordAudit(prisma, { action: "sign-in.second-factor-failed", actorId: user.id, ipAddress });
  return null;
}
