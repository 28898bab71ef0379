/**
 * The quarters of the commissioner's return: calendar quarters in UK time,
 * each named by its months and by the financial year's quarter (April to
 * March), as police and crime commissioners report. A quarter is written
 * "2026-10" (its first month) in the address.
 */
import { ukDay, ukDayStart } from "@/lib/dates";

export type Quarter = { value: string; label: string; from: Date; to: Date; firstDay: string; lastDay: string };

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" });
const QUARTER_VALUE = /^(\d{4})-(01|04|07|10)$/;

const addMonths = (value: string, months: number) => {
  const d = new Date(`${value}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 7);
};

/** The quarter starting in `value` ("2026-10"), or null if that is not the first month of a quarter. */
export function quarterOf(value: string): Quarter | null {
  const match = QUARTER_VALUE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const next = addMonths(value, 3);
  const last = new Date(`${next}-01T00:00:00Z`);
  last.setUTCDate(0);
  // Financial year quarters: April to June is Q1 of year/year+1.
  const fyStart = month >= 4 ? year : year - 1;
  const fq = month >= 4 ? (month - 1) / 3 : 4;
  const months = `${MONTH.format(new Date(`${value}-01T00:00:00Z`))} to ${MONTH.format(last)} ${last.getUTCFullYear()}`;
  return {
    value,
    label: `${months} (Q${fq} ${fyStart}/${String(fyStart + 1).slice(2)})`,
    from: ukDayStart(`${value}-01`),
    to: ukDayStart(`${next}-01`),
    firstDay: `${value}-01`,
    lastDay: last.toISOString().slice(0, 10),
  };
}

/** The quarter a UK day falls in. */
export function quarterContaining(at: Date): Quarter {
  const day = ukDay(at);
  const month = Number(day.slice(5, 7));
  const first = String(month - ((month - 1) % 3)).padStart(2, "0");
  return quarterOf(`${day.slice(0, 4)}-${first}`)!;
}

/** The picker's quarters, newest first: this one (so far) and the seven before. The default is the last whole one. */
export function recentQuarters(now = new Date()): { quarters: Quarter[]; lastWhole: Quarter } {
  const current = quarterContaining(now);
  const quarters = Array.from({ length: 8 }, (_, i) => quarterOf(addMonths(current.value, -3 * i))!);
  return { quarters, lastWhole: quarters[1]! };
}
