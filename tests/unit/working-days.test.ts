import fc from "fast-check";
import { ukDay } from "@/lib/dates";
import { BANK_HOLIDAYS_ENGLAND_AND_WALES } from "@/lib/referrals/bank-holidays-england-and-wales";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "@/lib/referrals/working-days";

/** Easter Sunday (the anonymous Gregorian computus), as yyyy-mm-dd. */
function easterSunday(year: number): string {
  const a = year % 19,
    b = Math.floor(year / 100),
    c = year % 100,
    d = Math.floor(b / 4),
    e = b % 4;
  const f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3),
    h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4),
    k = c % 4,
    l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31),
    day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
const shift = (isoDay: string, days: number) =>
  new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const weekday = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`).getUTCDay();
const firstMonday = (year: number, month: number) => {
  let d = `${year}-${String(month).padStart(2, "0")}-01`;
  while (weekday(d) !== 1) d = shift(d, 1);
  return d;
};
const lastMonday = (year: number, month: number) => {
  let d = shift(`${year}-${String(month + 1).padStart(2, "0")}-01`, -1);
  while (weekday(d) !== 1) d = shift(d, -1);
  return d;
};
/** A holiday on a weekend moves to the next weekday not already a holiday. */
function substitute(days: string[]): string[] {
  const out: string[] = [];
  for (const day of days) {
    let d = day;
    while (weekday(d) === 0 || weekday(d) === 6 || out.includes(d)) d = shift(d, 1);
    out.push(d);
  }
  return out;
}
/** The regular bank holidays of England and Wales by their rules (one-offs such as a coronation aside). */
function byTheRules(year: number): string[] {
  const easter = easterSunday(year);
  return [
    ...substitute([`${year}-01-01`]),
    shift(easter, -2),
    shift(easter, 1),
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
    ...substitute([`${year}-12-25`, `${year}-12-26`]),
  ].sort();
}

describe("the bank holidays file", () => {
  const years = [...new Set(BANK_HOLIDAYS_ENGLAND_AND_WALES.map((d) => Number(d.slice(0, 4))))];

  it("agrees with the rules for every year it holds", () => {
    for (const year of years) {
      expect(BANK_HOLIDAYS_ENGLAND_AND_WALES.filter((d) => d.startsWith(`${year}-`))).toEqual(byTheRules(year));
    }
  });

  it("has not run out: it covers at least the next twelve months (add the next year from GOV.UK)", () => {
    const aYearAhead = ukDay(new Date(Date.now() + 366 * 86_400_000));
    expect(
      BANK_HOLIDAYS_ENGLAND_AND_WALES[BANK_HOLIDAYS_ENGLAND_AND_WALES.length - 1]! >= `${aYearAhead.slice(0, 4)}-12-25`,
    ).toBe(true);
  });
});

describe("working days", () => {
  it.each([
    ["2026-11-23T10:00:00Z", 2, "2026-11-25T23:59:59.999Z"], // Monday → end of Wednesday
    ["2026-11-26T10:00:00Z", 2, "2026-11-30T23:59:59.999Z"], // Thursday → end of Monday
    ["2026-11-28T09:00:00Z", 2, "2026-12-01T23:59:59.999Z"], // Saturday → end of Tuesday
    ["2026-12-24T10:00:00Z", 2, "2026-12-30T23:59:59.999Z"], // Christmas Eve: 25th and 28th are bank holidays
    ["2026-04-02T10:00:00Z", 1, "2026-04-07T22:59:59.999Z"], // Easter: Good Friday and Easter Monday, in BST
    ["2026-03-27T10:00:00Z", 1, "2026-03-30T22:59:59.999Z"], // across the clocks going forward
    ["2026-10-23T23:30:00Z", 1, "2026-10-26T23:59:59.999Z"], // 00:30 BST on Saturday the 24th → Monday, after the clocks go back
    ["2026-11-23T10:00:00Z", 0, "2026-11-23T10:00:00.000Z"],
  ])("from %s, %d working days ends %s", (start, days, expected) => {
    expect(addWorkingDays(new Date(start), days).toISOString()).toBe(expected);
  });

  it("counts 0 on the day, and a bank holiday or weekend never", () => {
    expect(workingDaysBetween(new Date("2026-12-24T09:00:00Z"), new Date("2026-12-24T17:00:00Z"))).toBe(0);
    expect(workingDaysBetween(new Date("2026-12-24T09:00:00Z"), new Date("2026-12-29T09:00:00Z"))).toBe(1);
    expect(workingDaysBetween(new Date("2026-12-24T09:00:00Z"), new Date("2026-12-28T09:00:00Z"))).toBe(0);
  });

  const moment = fc.date({
    min: new Date("2024-01-01T00:00:00Z"),
    max: new Date("2028-06-30T00:00:00Z"),
    noInvalidDate: true,
  });

  it("a promise of N working days ends on a working day, with exactly N working days after the start", () => {
    fc.assert(
      fc.property(moment, fc.integer({ min: 1, max: 15 }), (start, days) => {
        const due = addWorkingDays(start, days);
        expect(isWorkingDay(ukDay(due))).toBe(true);
        expect(workingDaysBetween(start, due)).toBe(days);
        // One millisecond later is the next UK day (the end of the day, in GMT and BST alike).
        expect(ukDay(new Date(due.getTime() + 1))).not.toBe(ukDay(due));
      }),
    );
  });

  it("counting is additive and never goes backwards", () => {
    fc.assert(
      fc.property(moment, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (start, a, b) => {
        const middle = new Date(start.getTime() + a * 86_400_000);
        const end = new Date(middle.getTime() + b * 86_400_000);
        expect(workingDaysBetween(start, end)).toBe(
          workingDaysBetween(start, middle) + workingDaysBetween(middle, end),
        );
        expect(workingDaysBetween(start, end)).toBeGreaterThanOrEqual(workingDaysBetween(start, middle));
      }),
    );
  });
});
