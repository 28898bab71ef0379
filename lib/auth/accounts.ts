/**
 * Staff accounts: creating one, its one-time setup link, and setting the
 * password through that link. There are no default passwords anywhere.
 */
import "server-only";
import type { Prisma, PrismaClient, StaffRole } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "./password-hash";
import { AppError } from "@/lib/errors/app-error";
import { requireGoodPassword } from "./password-policy";
import { newToken, normaliseEmail, tokenHash } from "./tokens";

export const SETUP_LINK_HOURS = 24;

export async function createStaffUser(
  prisma: PrismaClient,
  input: { email: string; name: string; role: StaffRole; createdBy?: string | null; ipAddress?: string },
  /** Runs in the same transaction, with the new link: an invitation email is queued or nothing is. */
  onCreated?: (
    tx: Prisma.TransactionClient,
    created: { userId: string; setupToken: string; email: string; name: string },
  ) => Promise<void>,
): Promise<{ userId: string; setupToken: string }> {
  const email = normaliseEmail(input.email);
  const name = input.name.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) {
    throw new AppError("account.invalid-email", "email");
  }
  if (name.length === 0 || name.length > 100) throw new AppError("account.invalid-name", "name");
  return prisma.$transaction(async (tx) => {
    if (await tx.staffUser.findUnique({ where: { email } })) {
      throw new AppError("account.email-taken", "email");
    }
    const user = await tx.staffUser.create({ data: { email, name, role: input.role } });
    const setupToken = await issueSetupToken(tx, user.id);
    await recordAudit(tx, {
      action: "account.created",
      actorId: input.createdBy ?? null,
      ipAddress: input.ipAddress,
      details: { userId: user.id, role: input.role },
    });
    await onCreated?.(tx, { userId: user.id, setupToken, email, name });
    return { userId: user.id, setupToken };
  });
}

/** A new one-time link for setting a password; earlier unused links stop working. */
export async function issueSetupToken(
  prisma: PrismaClient | Prisma.TransactionClient,
  userId: string,
  now = new Date(),
): Promise<string> {
  const token = newToken();
  await prisma.staffSetupToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  await prisma.staffSetupToken.create({
    data: { tokenHash: tokenHash(token), userId, expiresAt: new Date(now.getTime() + SETUP_LINK_HOURS * 3600_000) },
  });
  return token;
}

/** The account set up; a refusal is an AppError (the link, a password rule, the two passwords differing). */
export type SetupResult = { ok: true; userId: string };

/** Checks a setup link without using it (to show the form, or say it has expired). */
export async function findSetupUser(prisma: PrismaClient, token: string, now = new Date()) {
  const row = await prisma.staffSetupToken.findUnique({
    where: { tokenHash: tokenHash(token) },
    include: { user: true },
  });
  if (!row || row.usedAt || row.expiresAt <= now || row.user.disabledAt) return null;
  return row.user;
}

export async function completeSetup(
  prisma: PrismaClient,
  input: { token: string; password: string; confirm: string; ipAddress?: string },
  now = new Date(),
): Promise<SetupResult> {
  const user = await findSetupUser(prisma, input.token, now);
  if (!user) throw new AppError("setup.link-invalid", "password");
  requireGoodPassword(input.password, { email: user.email, name: user.name });
  if (input.password !== input.confirm) throw new AppError("setup.passwords-differ", "confirm");
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    // Used exactly once, even if two requests race.
    const used = await tx.staffSetupToken.updateMany({
      where: { tokenHash: tokenHash(input.token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (used.count !== 1) throw new AppError("setup.link-invalid", "password");
    await tx.staffUser.update({ where: { id: user.id }, data: { passwordHash } });
    // A new password ends every existing sign-in.
    await tx.staffSession.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, { action: "account.password-set", actorId: user.id, ipAddress: input.ipAddress });
    return { ok: true, userId: user.id } as const;
  });
}
