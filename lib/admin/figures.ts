/**
 * The figures for administrators and the police and crime commissioner:
 * referrals per month, by status, by type of crime or harm, by how people
 * heard, who asked (themselves or someone for them), time from referral to first contact (median and 90th percentile,
 * in hours to any attempt and in UK working days by the two measures the promise is made in),
 * and the outcomes of closed cases. Counted over live referrals and the
 * anonymous figures kept for erased ones, so erasure never changes history.
 * No personal data: counts and durations only.
 */
import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import { csvRecords, UTF8_BOM } from "@/lib/admin/export/csv";
import { ukDay, isRealDay, ukDayEnd, ukDayStart } from "@/lib/dates";
import { CRIME_TYPE_WORDS, HEARD_ABOUT } from "@/lib/referrals/options";
import { ASKED_BY } from "@/lib/referrals/referrer";
import { workingDaysBetween } from "@/lib/referrals/working-days";
import { ALL_CLOSURE_REASONS, STATUSES, STATUS_LABELS, type Status } from "@/lib/referrals/status-rules";

export const FIGURES_MESSAGES = {
  from: "Enter the start date as a real date, for example 2026-01-01",
  to: "Enter the end date as a real date, for example 2026-12-31",
  order: "The start date must be the same as or before the end date",
} as const;

export const figuresRangeSchema = z
  .object({
    from: z
      .string()
      .trim()
      .refine((v) => v === "" || isRealDay(v), FIGURES_MESSAGES.from),
    to: z
      .string()
      .trim()
      .refine((v) => v === "" || isRealDay(v), FIGURES_MESSAGES.to),
  })
  .superRefine((value, ctx) => {
    if (isRealDay(value.from) && isRealDay(value.to) && value.from > value.to)
      ctx.addIssue({ code: "custom", path: ["to"], message: FIGURES_MESSAGES.order });
  });

/** The default range: the last twelve months, this one included. */
export function defaultRange(now = new Date()): { from: string; to: string } {
  const today = ukDay(now);
  const start = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  start.setUTCMonth(start.getUTCMonth() - 11);
  return { from: start.toISOString().slice(0, 10), to: today };
}

export type Count = { label: string; count: number };
export type Figures = {
  from: string;
  to: string;
  total: number;
  perMonth: Count[];
  byStatus: Count[];
  byCrimeType: Count[];
  byHeardAbout: Count[];
  /** Who asked: the person themselves, or who asked on their behalf (by role). */
  byAskedBy: Count[];
  closureReasons: Count[];
  firstContact: { contacted: number; waiting: number; medianHours: number | null; p90Hours: number | null };
  /** The two measures the promise is made in: UK working days from receipt (lib/referrals/working-days.ts). */
  workingDays: Record<"attempt" | "spoken", WorkingDaysFigure>;
};

export type WorkingDaysFigure = { measured: number; waiting: number; median: number | null; p90: number | null };

/** A percentile by linear interpolation between the nearest ranks, as PostgreSQL's percentile_cont. */
function percentile(sorted: number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  const rank = fraction * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

function workingDaysFigure(values: Array<number | null>): WorkingDaysFigure {
  const measured = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  return {
    measured: measured.length,
    waiting: values.length - measured.length,
    median: percentile(measured, 0.5),
    p90: percentile(measured, 0.9),
  };
}

/**
 * Working days are counted in TypeScript (bank holidays live in a data file,
 * not the database): one row per referral received in the range, three dates each.
 */
async function readWorkingDays(
  prisma: PrismaClient,
  from: Date,
  to: Date,
  fromMonth: string,
  toMonth: string,
): Promise<Figures["workingDays"]> {
  const [live, erased] = await Promise.all([
    prisma.referral.findMany({
      where: { createdAt: { gte: from, lt: to } },
      select: { createdAt: true, firstChosenAttemptAt: true, firstSpokenAt: true },
    }),
    prisma.referralFigure.findMany({
      where: { receivedMonth: { gte: new Date(`${fromMonth}T00:00:00Z`), lte: new Date(`${toMonth}T00:00:00Z`) } },
      select: { workingDaysToFirstAttempt: true, workingDaysToFirstSpoken: true },
    }),
  ]);
  const days = (start: Date, end: Date | null) => (end ? workingDaysBetween(start, end) : null);
  return {
    attempt: workingDaysFigure([
      ...live.map((r) => days(r.createdAt, r.firstChosenAttemptAt)),
      ...erased.map((r) => r.workingDaysToFirstAttempt),
    ]),
    spoken: workingDaysFigure([
      ...live.map((r) => days(r.createdAt, r.firstSpokenAt)),
      ...erased.map((r) => r.workingDaysToFirstSpoken),
    ]),
  };
}

type Row = { key: string | null; n: number };

const MONTH_LABEL = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

export async function readFigures(
  prisma: PrismaClient,
  admin: AuthorisedStaff,
  range: { from: string; to: string },
): Promise<Figures> {
  requirePermission(admin, "figures.read");
  const from = ukDayStart(range.from);
  const to = ukDayEnd(range.to);
  // Erased referrals are known by month only: they count when their month is in the range.
  const fromMonth = `${range.from.slice(0, 7)}-01`;
  const toMonth = `${range.to.slice(0, 7)}-01`;
  const items = (select: string, group: string) =>
    prisma.$queryRawUnsafe<Row[]>(
      `WITH items AS (
       SELECT to_char(created_at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month, status::text AS status, crime_type, heard_about, asked_by, closure_reason
       FROM referrals WHERE created_at >= $1 AND created_at < $2
       UNION ALL
       SELECT to_char(received_month, 'YYYY-MM'), status::text, crime_type, heard_about, asked_by, closure_reason
       FROM referral_figures WHERE received_month >= $3::date AND received_month <= $4::date
     )
     SELECT ${select} AS key, count(*)::int AS n FROM items ${group} GROUP BY 1 ORDER BY 1`,
      from,
      to,
      fromMonth,
      toMonth,
    );
  const [months, statuses, types, heard, askedBy, reasons, timing, workingDays] = await Promise.all([
    items("month", ""),
    items("status", ""),
    items("crime_type", ""),
    items("heard_about", ""),
    items("asked_by", ""),
    items("closure_reason", "WHERE status = 'CLOSED'"),
    prisma.$queryRawUnsafe<Array<{ contacted: number; waiting: number; median: number | null; p90: number | null }>>(
      `WITH hours AS (
         SELECT EXTRACT(EPOCH FROM (first_contact_at - created_at)) / 3600 AS h FROM referrals WHERE created_at >= $1 AND created_at < $2
         UNION ALL
         SELECT hours_to_first_contact FROM referral_figures WHERE received_month >= $3::date AND received_month <= $4::date
       )
       SELECT count(h)::int AS contacted, (count(*) - count(h))::int AS waiting,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY h) AS median, percentile_cont(0.9) WITHIN GROUP (ORDER BY h) AS p90
       FROM hours`,
      from,
      to,
      fromMonth,
      toMonth,
    ),
    readWorkingDays(prisma, from, to, fromMonth, toMonth),
  ]);
  const byKey = (rows: Row[]) => new Map(rows.map((r) => [r.key, r.n]));
  const listed = (rows: Row[], labels: ReadonlyArray<{ value: string; label: string }>, notGiven?: string): Count[] => {
    const counts = byKey(rows);
    const out = labels.map((o) => ({ label: o.label, count: counts.get(o.value) ?? 0 }));
    const unknown = rows
      .filter((r) => r.key !== null && !labels.some((o) => o.value === r.key))
      .reduce((sum, r) => sum + r.n, 0);
    if (unknown) out.push({ label: "Other answers", count: unknown });
    if (notGiven) out.push({ label: notGiven, count: counts.get(null) ?? 0 });
    return out;
  };
  const t = timing[0]!;
  const round = (value: number | null) => (value === null ? null : Math.round(Number(value) * 10) / 10);
  return {
    from: range.from,
    to: range.to,
    total: months.reduce((sum, r) => sum + r.n, 0),
    perMonth: monthsBetween(fromMonth, toMonth).map((m) => ({
      label: MONTH_LABEL.format(new Date(`${m}-01T00:00:00Z`)),
      count: byKey(months).get(m) ?? 0,
    })),
    byStatus: listed(
      statuses,
      STATUSES.map((s: Status) => ({ value: s, label: STATUS_LABELS[s] })),
    ),
    byCrimeType: listed(types, CRIME_TYPE_WORDS),
    byHeardAbout: listed(heard, HEARD_ABOUT, "Not answered"),
    byAskedBy: listed(askedBy, ASKED_BY),
    closureReasons: listed(reasons, ALL_CLOSURE_REASONS),
    firstContact: { contacted: t.contacted, waiting: t.waiting, medianHours: round(t.median), p90Hours: round(t.p90) },
    workingDays,
  };
}

function monthsBetween(fromMonth: string, toMonth: string): string[] {
  const out: string[] = [];
  const cursor = new Date(`${fromMonth}T00:00:00Z`);
  const end = new Date(`${toMonth}T00:00:00Z`);
  while (cursor <= end && out.length < 240) {
    out.push(cursor.toISOString().slice(0, 7));
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return out;
}

/** The figures as CSV rows: section, what, count (durations in hours). */
export function figuresRows(figures: Figures): string[][] {
  const rows: string[][] = [["Section", "What", "Value"]];
  const add = (section: string, counts: Count[]) =>
    counts.forEach((c) => rows.push([section, c.label, String(c.count)]));
  add("Referrals per month", figures.perMonth);
  add("By status", figures.byStatus);
  add("By type of crime or harm", figures.byCrimeType);
  add("By how they heard about the service", figures.byHeardAbout);
  add("By who asked", figures.byAskedBy);
  add("Closed referrals by reason", figures.closureReasons);
  const fc = figures.firstContact;
  rows.push(["Time to first contact", "Referrals with a first contact attempt", String(fc.contacted)]);
  rows.push(["Time to first contact", "Referrals still waiting", String(fc.waiting)]);
  rows.push(["Time to first contact", "Median, hours", fc.medianHours === null ? "" : String(fc.medianHours)]);
  rows.push(["Time to first contact", "90th percentile, hours", fc.p90Hours === null ? "" : String(fc.p90Hours)]);
  for (const [key, section] of [
    ["attempt", "First try by a way they chose"],
    ["spoken", "First spoken to"],
  ] as const) {
    const wd = figures.workingDays[key];
    rows.push([section, "Referrals measured", String(wd.measured)]);
    rows.push([section, "Referrals still waiting", String(wd.waiting)]);
    rows.push([section, "Median, working days", wd.median === null ? "" : String(wd.median)]);
    rows.push([section, "90th percentile, working days", wd.p90 === null ? "" : String(wd.p90)]);
  }
  return rows;
}

/** The figures as a CSV file (with a BOM, for Excel), the download audited. */
export async function figuresCsv(
  prisma: PrismaClient,
  admin: AuthorisedStaff,
  range: { from: string; to: string },
  ipAddress?: string,
): Promise<string> {
  const figures = await readFigures(prisma, admin, range);
  await recordAudit(prisma, { action: "export.figures", actorId: admin.userId, ipAddress, details: range });
  return UTF8_BOM + csvRecords(figuresRows(figures));
}
