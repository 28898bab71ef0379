/**
 * The retention schedule: a closed referral's personal data is erased
 * RETENTION_CLOSED_DAYS after it was closed, or RETENTION_WITHDRAWN_DAYS after
 * it was closed if the victim withdrew before anyone contacted them. Open
 * referrals are never erased by the schedule. A daily job runs it; an
 * administrator can see beforehand exactly what the next run will erase, and
 * run it at once.
 */
import "server-only";
import { HOUSEKEEPING, scheduledJob, taskJob } from "@/lib/jobs/define-job";
import { log } from "@/lib/log";
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import { eraseInTransaction } from "./erase-referral";
import { deleteMailFilesOf } from "@/lib/email/transport";
import { WITHDRAWN_BY_PERSON } from "@/lib/referrals/status-rules";

export type RetentionPolicy = { closedDays: number; withdrawnDays: number };

export type RetentionRule = "closed" | "withdrawn-before-contact" | "withdrawn-by-person";

const DAY = 86_400_000;

/** Which referrals are past their period at `now`, and under which rule. */
function dueWhere(policy: RetentionPolicy, now: Date): Prisma.ReferralWhereInput {
  return {
    status: "CLOSED",
    OR: [
      { closedAt: { lt: new Date(now.getTime() - policy.closedDays * DAY) } },
      {
        closureReason: "victimWithdrew",
        firstContactAt: null,
        closedAt: { lt: new Date(now.getTime() - policy.withdrawnDays * DAY) },
      },
      // The person withdrew online: the shorter period, whether or not anyone had reached them.
      {
        closureReason: WITHDRAWN_BY_PERSON.value,
        closedAt: { lt: new Date(now.getTime() - policy.withdrawnDays * DAY) },
      },
    ],
  };
}

export function ruleFor(referral: { closureReason: string | null; firstContactAt: Date | null }): RetentionRule {
  if (referral.closureReason === WITHDRAWN_BY_PERSON.value) return "withdrawn-by-person";
  return referral.closureReason === "victimWithdrew" && referral.firstContactAt === null
    ? "withdrawn-before-contact"
    : "closed";
}

export function dueAt(
  referral: { closedAt: Date | null; closureReason: string | null; firstContactAt: Date | null },
  policy: RetentionPolicy,
): Date | null {
  if (!referral.closedAt) return null;
  const days = ruleFor(referral) === "closed" ? policy.closedDays : Math.min(policy.withdrawnDays, policy.closedDays);
  return new Date(referral.closedAt.getTime() + days * DAY);
}

/** What a run at `now` would erase: references and dates only, for the administrator's preview. */
export async function previewRetention(
  prisma: PrismaClient,
  admin: AuthorisedStaff,
  policy: RetentionPolicy,
  now = new Date(),
  limit = 200,
) {
  requirePermission(admin, "retention.manage");
  const where = dueWhere(policy, now);
  const [total, rows] = await Promise.all([
    prisma.referral.count({ where }),
    prisma.referral.findMany({
      where,
      orderBy: { closedAt: "asc" },
      take: limit,
      select: { id: true, reference: true, createdAt: true, closedAt: true, closureReason: true, firstContactAt: true },
    }),
  ]);
  return { total, rows: rows.map((r) => ({ ...r, rule: ruleFor(r), dueAt: dueAt(r, policy)! })) };
}

/**
 * Erases every referral past its period, each in its own transaction that
 * checks again (a case reopened since the preview is left alone). `actorId`
 * is the administrator who pressed "run now", or null for the daily job.
 */
export async function runRetention(
  prisma: PrismaClient,
  policy: RetentionPolicy,
  /** `mailDataDir`: where email is written as files (no SMTP_URL), so an erased referral's files go too. */
  options: { actorId: string | null; ipAddress?: string; now?: Date; batch?: number; mailDataDir?: string },
): Promise<{ erased: number }> {
  const now = options.now ?? new Date();
  let erased = 0;
  for (;;) {
    const due = await prisma.referral.findMany({
      where: dueWhere(policy, now),
      select: { id: true },
      orderBy: { closedAt: "asc" },
      take: options.batch ?? 200,
    });
    if (due.length === 0) break;
    for (const { id } of due) {
      const done = await prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM referrals WHERE id = ${id}::uuid FOR UPDATE`;
        const referral = await tx.referral.findFirst({ where: { AND: [{ id }, dueWhere(policy, now)] } });
        if (!referral) return false;
        const rule = ruleFor(referral);
        await eraseInTransaction(tx, referral, {
          kind: "retention",
          actorId: options.actorId,
          reason: `Retention period ended (${rule})`,
          rule,
          ipAddress: options.ipAddress,
        });
        return true;
      });
      if (done) {
        erased += 1;
        if (options.mailDataDir) deleteMailFilesOf(options.mailDataDir, id);
      }
    }
  }
  await recordAudit(prisma, {
    action: "retention.run",
    actorId: options.actorId,
    ipAddress: options.ipAddress,
    details: { erased, closedDays: policy.closedDays, withdrawnDays: policy.withdrawnDays },
  });
  return { erased };
}

/** "Run now" on the retention page: administrators only. */
export async function runRetentionNow(
  prisma: PrismaClient,
  admin: AuthorisedStaff,
  policy: RetentionPolicy,
  ipAddress?: string,
  now = new Date(),
  mailDataDir?: string,
) {
  requirePermission(admin, "retention.manage");
  return runRetention(prisma, policy, { actorId: admin.userId, ipAddress, now, mailDataDir });
}

/** When the daily retention run starts: a quiet hour, UK time (the retention page shows it). */
export const RETENTION_SCHEDULE = { cron: "0 3 * * *", tz: "Europe/London" } as const;

/**
 * Daily, at a quiet hour UK time: erases the personal data of referrals past their retention
 * period. Retried through the day if the database is away at 03:00; each erasure is its own
 * transaction, so a retry carries on.
 */
export const eraseExpiredReferralsJob = taskJob({
  name: "erase-expired-referrals",
  payload: scheduledJob,
  policy: { ...HOUSEKEEPING, retryLimit: 6, retryDelay: 3600, expireInSeconds: 3600 },
  schedule: RETENTION_SCHEDULE,
  async run({ prisma, settings }) {
    const policy = { closedDays: settings.retentionClosedDays, withdrawnDays: settings.retentionWithdrawnDays };
    const { erased } = await runRetention(prisma, policy, {
      actorId: null,
      mailDataDir: settings.smtpUrl ? undefined : settings.dataDir,
    });
    log.info({ erased }, "retention run finished");
  },
});
