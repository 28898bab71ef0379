/**
 * UK working days, as the first-contact promise is made: Monday to Friday,
 * less the bank holidays of England and Wales, on UK calendar days (GMT or
 * BST, whatever the server's time zone). The day something arrives does not
 * count; a promise of N working days ends at the end of the Nth working day after it.
 */
import { ukDay, ukDayEnd } from "@/lib/dates";
import { BANK_HOLIDAYS_ENGLAND_AND_WALES } from "./bank-holidays-england-and-wales";

const BANK_HOLIDAYS = new Set(BANK_HOLIDAYS_ENGLAND_AND_WALES);

/** The last bank holiday the service knows of (yyyy-mm-dd): beyond it, only weekends are left out. */
export const BANK_HOLIDAYS_KNOWN_UNTIL = BANK_HOLIDAYS_ENGLAND_AND_WALES[BANK_HOLIDAYS_ENGLAND_AND_WALES.length - 1]!;

function nextDay(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Whether a UK calendar day (yyyy-mm-dd) is a working day. */
export function isWorkingDay(isoDay: string): boolean {
  const weekday = new Date(`${isoDay}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !BANK_HOLIDAYS.has(isoDay);
}

/** The UK calendar day `days` working days after `isoDay` (the day itself when 0). */
export function addWorkingDaysToDay(isoDay: string, days: number): string {
  let day = isoDay;
  for (let added = 0; added < days;) {
    day = nextDay(day);
    if (isWorkingDay(day)) added += 1;
  }
  return day;
}

/** When a promise of `days` working days from `start` runs out: the last moment of the UK working day it ends on. */
export function addWorkingDays(start: Date, days: number): Date {
  if (days <= 0) return start;
  return new Date(ukDayEnd(addWorkingDaysToDay(ukDay(start), days)).getTime() - 1);
}

/** Working days from `from` to `to`: 0 on the same UK day, 1 by the end of the next working day, and so on. */
export function workingDaysBetween(from: Date, to: Date): number {
  const last = ukDay(to);
  let day = ukDay(from);
  let count = 0;
  while (day < last) {
    day = nextDay(day);
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}
