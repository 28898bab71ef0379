/**
 * The caseload, for administrators (as hmpps-interventions' dashboards by
 * caseworker): per member of staff, and for nobody (New), how many open cases,
 * how many next steps overdue or due today, how many first-contact promises
 * late, and the oldest; then the oldest open cases with their last activity
 * and days open. References and counts only: no answers, no names of the people.
 */
import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import { ukDay, ukDaysBetween } from "@/lib/dates";
import type { FirstContactPromise } from "@/lib/env";
import type { Status } from "@/lib/referrals/status-rules";

export type CaseloadRow = {
  assigneeId: string | null;
  name: string;
  open: number;
  overdue: number;
  dueToday: number;
  firstContactLate: number;
  oldestDays: number | null;
};
export type OldCase = {
  id: string;
  reference: string;
  status: Status;
  assignee: string | null;
  nextStepDue: Date | null;
  lastActivity: Date;
  daysOpen: number;
};

const OLDEST_SHOWN = 25;

export async function readCaseload(
  prisma: PrismaClient,
  admin: AuthorisedStaff,
  promise: FirstContactPromise,
  now = new Date(),
) {
  requirePermission(admin, "caseload.read");
  const today = ukDay(now);
  const kept = promise === "spoken" ? Prisma.sql`first_spoken_at` : Prisma.sql`first_chosen_attempt_at`;
  const [groups, staff, oldest] = await Promise.all([
    prisma.$queryRaw<
      Array<{ assignee: string | null; open: number; overdue: number; due_today: number; late: number; oldest: Date }>
    >`
      SELECT assigned_to_id::text AS assignee, count(*)::int AS open,
        count(*) FILTER (WHERE next_step_due < ${today}::date)::int AS overdue,
        count(*) FILTER (WHERE next_step_due = ${today}::date)::int AS due_today,
        count(*) FILTER (WHERE ${kept} IS NULL AND first_contact_due_at < ${now})::int AS late,
        min(created_at) AS oldest
      FROM referrals WHERE status IN ('NEW', 'CONTACTING', 'ASSESSING', 'IN_PROGRESS')
      GROUP BY assigned_to_id`,
    prisma.staffUser.findMany({
      where: { disabledAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    prisma.$queryRaw<
      Array<{
        id: string;
        reference: string;
        status: Status;
        assignee: string | null;
        next_step_due: Date | null;
        created_at: Date;
        last_activity: Date | null;
      }>
    >`
      SELECT r.id::text AS id, r.reference, r.status::text AS status, u.name AS assignee, r.next_step_due, r.created_at,
        (SELECT max(e.at) FROM referral_events e WHERE e.referral_id = r.id) AS last_activity
      FROM referrals r LEFT JOIN staff_users u ON u.id = r.assigned_to_id
      WHERE r.status IN ('NEW', 'CONTACTING', 'ASSESSING', 'IN_PROGRESS')
      ORDER BY r.created_at ASC, r.id ASC LIMIT ${OLDEST_SHOWN}`,
  ]);
  const byAssignee = new Map(groups.map((g) => [g.assignee, g]));
  const row = (assigneeId: string | null, name: string): CaseloadRow => {
    const g = byAssignee.get(assigneeId);
    return {
      assigneeId,
      name,
      open: g?.open ?? 0,
      overdue: g?.overdue ?? 0,
      dueToday: g?.due_today ?? 0,
      firstContactLate: g?.late ?? 0,
      oldestDays: g ? ukDaysBetween(g.oldest, now) : null,
    };
  };
  // Cases assigned to someone since disabled still count, under their name as "a former member of staff".
  const former = groups
    .filter((g) => g.assignee && !staff.some((s) => s.id === g.assignee))
    .map((g) => row(g.assignee, "A disabled account"));
  return {
    rows: [row(null, "Nobody (New)"), ...staff.map((s) => row(s.id, s.name)), ...former],
    oldest: oldest.map((c): OldCase => ({
      id: c.id,
      reference: c.reference,
      status: c.status,
      assignee: c.assignee,
      nextStepDue: c.next_step_due,
      lastActivity: c.last_activity ?? c.created_at,
      daysOpen: ukDaysBetween(c.created_at, now),
    })),
  };
}
