/**
 * Staff accounts, for administrators: invite (a one-time link by email),
 * change role, disable (ends their sessions at once) and re-enable, reset
 * two-factor, and send a new invitation. There is always at least one
 * administrator who can sign in: the last one cannot be demoted or disabled.
 */
import "server-only";
import type { PgBoss } from "pg-boss";
import type { Prisma, PrismaClient, StaffRole } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { createStaffUser } from "@/lib/auth/accounts";
import { AppError } from "@/lib/errors/app-error";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import { enqueueInTransaction } from "@/lib/jobs/queue";
import { staffInvitationJob } from "./invitation-job";
import type { StaffInvitationJob } from "./invitation-job";

export type StaffAccountRow = {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  lastSignInAt: Date | null;
  state: "active" | "disabled" | "invited";
  twoFactor: boolean;
};

export async function listStaffAccounts(prisma: PrismaClient, admin: AuthorisedStaff): Promise<StaffAccountRow[]> {
  requirePermission(admin, "staff-accounts.manage");
  const users = await prisma.staffUser.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
  });
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    lastSignInAt: u.lastSignInAt,
    twoFactor: u.totpEnabledAt !== null,
    state: u.disabledAt ? "disabled" : u.passwordHash ? "active" : "invited",
  }));
}

/** The invitation goes by the queue, in the caller's transaction; the worker makes the link as it sends. */
function queueInvitation(tx: Prisma.TransactionClient, boss: PgBoss, userId: string) {
  const job: StaffInvitationJob = { userId };
  return enqueueInTransaction(boss, tx, staffInvitationJob, job);
}

export async function inviteStaff(
  prisma: PrismaClient,
  boss: PgBoss,
  admin: AuthorisedStaff,
  input: { email: string; name: string; role: StaffRole; ipAddress?: string },
): Promise<{ userId: string }> {
  requirePermission(admin, "staff-accounts.manage");
  const { userId } = await createStaffUser(
    prisma,
    { email: input.email, name: input.name, role: input.role, createdBy: admin.userId, ipAddress: input.ipAddress },
    async (tx, created) => {
      await queueInvitation(tx, boss, created.userId);
    },
  );
  return { userId };
}

/**
 * Runs `change` with every active administrator's row locked, so two
 * administrators demoting each other at once cannot leave nobody.
 */
async function withAdminsLocked(
  prisma: PrismaClient,
  userId: string,
  change: (
    tx: Prisma.TransactionClient,
    target: { role: StaffRole; disabledAt: Date | null; passwordHash: string | null; email: string; name: string },
    activeAdmins: string[],
  ) => Promise<void>,
): Promise<void> {
  return prisma.$transaction(async (tx) => {
    const admins = await tx.$queryRaw<
      Array<{ id: string }>
    >`SELECT id::text AS id FROM staff_users WHERE role = 'ADMIN' AND disabled_at IS NULL FOR UPDATE`;
    const target = await tx.staffUser.findUnique({ where: { id: userId } });
    if (!target) throw new AppError("account.not-found");
    await change(
      tx,
      target,
      admins.map((a) => a.id),
    );
  });
}

const isLastAdmin = (userId: string, activeAdmins: string[]) => activeAdmins.length === 1 && activeAdmins[0] === userId;

export async function changeRole(
  prisma: PrismaClient,
  admin: AuthorisedStaff,
  input: { userId: string; role: StaffRole; ipAddress?: string },
): Promise<void> {
  requirePermission(admin, "staff-accounts.manage");
  await withAdminsLocked(prisma, input.userId, async (tx, target, activeAdmins) => {
    if (target.role === input.role) throw new AppError("account.same-role", "role");
    if (input.role !== "ADMIN" && isLastAdmin(input.userId, activeAdmins))
      throw new AppError("account.last-admin", "role");
    await tx.staffUser.update({ where: { id: input.userId }, data: { role: input.role } });
    await recordAudit(tx, {
      action: "account.role-changed",
      actorId: admin.userId,
      ipAddress: input.ipAddress,
      details: { userId: input.userId, from: target.role, to: input.role },
    });
  });
}

export async function setAccountDisabled(
  prisma: PrismaClient,
  admin: AuthorisedStaff,
  input: { userId: string; disabled: boolean; ipAddress?: string },
  now = new Date(),
): Promise<void> {
  requirePermission(admin, "staff-accounts.manage");
  if (input.disabled && input.userId === admin.userId) throw new AppError("account.yourself");
  await withAdminsLocked(prisma, input.userId, async (tx, target, activeAdmins) => {
    if (Boolean(target.disabledAt) === input.disabled) return;
    if (input.disabled && isLastAdmin(input.userId, activeAdmins)) throw new AppError("account.last-admin");
    await tx.staffUser.update({ where: { id: input.userId }, data: { disabledAt: input.disabled ? now : null } });
    // Disabling ends every session at once; readSession also refuses a disabled account.
    if (input.disabled) await tx.staffSession.deleteMany({ where: { userId: input.userId } });
    await recordAudit(tx, {
      action: input.disabled ? "account.disabled" : "account.enabled",
      actorId: admin.userId,
      ipAddress: input.ipAddress,
      details: { userId: input.userId },
    });
  });
}

/** They enrol a new authenticator app (and get new recovery codes) at their next sign-in. */
export async function resetTwoFactor(
  prisma: PrismaClient,
  admin: AuthorisedStaff,
  input: { userId: string; ipAddress?: string },
): Promise<void> {
  requirePermission(admin, "staff-accounts.manage");
  await prisma.$transaction(async (tx) => {
    const updated = await tx.staffUser.updateMany({
      where: { id: input.userId },
      data: { totpSecret: null, totpEnabledAt: null, totpLastTimeStep: null, recoveryCodeHashes: [] },
    });
    if (updated.count !== 1) throw new AppError("account.not-found");
    await tx.staffSession.deleteMany({ where: { userId: input.userId } });
    await recordAudit(tx, {
      action: "account.two-factor-reset",
      actorId: admin.userId,
      ipAddress: input.ipAddress,
      details: { userId: input.userId },
    });
  });
}

/** A new invitation for someone who has not set a password yet; the old link stops working when it is sent. */
export async function resendInvitation(
  prisma: PrismaClient,
  boss: PgBoss,
  admin: AuthorisedStaff,
  input: { userId: string; ipAddress?: string },
): Promise<void> {
  requirePermission(admin, "staff-accounts.manage");
  await prisma.$transaction(async (tx) => {
    const user = await tx.staffUser.findUnique({ where: { id: input.userId } });
    if (!user || user.disabledAt) throw new AppError("account.not-found");
    if (user.passwordHash) throw new AppError("account.already-set-up");
    await queueInvitation(tx, boss, user.id);
    await recordAudit(tx, {
      action: "account.invitation-resent",
      actorId: admin.userId,
      ipAddress: input.ipAddress,
      details: { userId: user.id },
    });
  });
}
