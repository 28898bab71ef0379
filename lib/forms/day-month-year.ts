/**
 * A date typed as the GOV.UK date input asks for it: day, month and year in
 * three boxes, so nobody's browser reorders or guesses what was meant. Every
 * box with something wrong is named at once (the page highlights those boxes);
 * only when each box is right on its own is the whole date checked.
 */
import { isRealDay } from "@/lib/dates";

export type DatePart = "day" | "month" | "year";
export type DateProblem = "empty" | "missing" | "invalid" | "not-real";
export type DateParts = Record<DatePart, string>;

export type DateIssue = { part: DatePart; problem: DateProblem };
export type ReadDay = { day: string; problems: [] } | { day?: undefined; problems: DateIssue[] };

const RANGES: Record<DatePart, (n: number, text: string) => boolean> = {
  day: (n) => n >= 1 && n <= 31,
  month: (n) => n >= 1 && n <= 12,
  year: (n, text) => text.length === 4 && n >= 2000,
};

/** The day as yyyy-mm-dd, or what is wrong with which box. Spaces around a number are forgiven. */
export function readDayMonthYear(parts: DateParts): ReadDay {
  const text = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const names: DatePart[] = ["day", "month", "year"];
  if (names.every((part) => text[part] === "")) return { problems: [{ part: "day", problem: "empty" }] };
  const problems = names.flatMap((part): DateIssue[] => {
    if (text[part] === "") return [{ part, problem: "missing" }];
    const fits = /^\d+$/.test(text[part]) && RANGES[part](Number(text[part]), text[part]);
    return fits ? [] : [{ part, problem: "invalid" }];
  });
  if (problems.length) return { problems };
  const day = `${text.year}-${text.month.padStart(2, "0")}-${text.day.padStart(2, "0")}`;
  if (!isRealDay(day)) return { problems: [{ part: "day", problem: "not-real" }] };
  return { day, problems: [] };
}

/** The year alone, when it is a whole year: enough to tell a date far out of range even if another box is wrong. */
export function wholeYear(year: string): number | undefined {
  const text = year.trim();
  return /^\d{4}$/.test(text) ? Number(text) : undefined;
}

/**
 * One date group of a posted form (`<prefix>Day`, `<prefix>Month`, `<prefix>Year`):
 * null when every box is blank, "invalid" when it is not a real day, else yyyy-mm-dd.
 */
export function optionalDay(values: Record<string, unknown>, prefix: string): string | null {
  const box = (part: string) => {
    const value = values[`${prefix}${part}`];
    return typeof value === "string" ? value : "";
  };
  const read = readDayMonthYear({ day: box("Day"), month: box("Month"), year: box("Year") });
  if (read.problems[0]?.problem === "empty") return null;
  return read.day ?? "invalid";
}
