/**
 * Dates as the service shows and reads them: always UK time (GMT or BST),
 * whatever the server's time zone, in one style everywhere. Date filters are
 * UK calendar days: "from 1 June" starts at midnight in London.
 */
export const UK_TIME_ZONE = "Europe/London";

const DATE = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: UK_TIME_ZONE,
});
const TIME = new Intl.DateTimeFormat("en-GB", {
  hour: "numeric",
  minute: "2-digit",
  hour12: true,
  timeZone: UK_TIME_ZONE,
});
const DAY = new Intl.DateTimeFormat("en-CA", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  timeZone: UK_TIME_ZONE,
});

/** "28 Nov 2026" */
export function formatDate(value: Date): string {
  return DATE.format(value);
}

/** "3:45pm" (the GOV.UK style: no leading zero, no space). */
export function formatTime(value: Date): string {
  return TIME.format(value).replace(/\s/g, "").toLowerCase();
}

/** "28 Nov 2026, 3:45pm" */
export function formatDateTime(value: Date): string {
  return `${formatDate(value)}, ${formatTime(value)}`;
}

/** The UK calendar day a moment falls in, as yyyy-mm-dd (for file names, date fields and comparing days). */
export function ukDay(value: Date): string {
  return DAY.format(value);
}

/** A real calendar day written yyyy-mm-dd (what a date field sends), from 2000 on. */
export function isRealDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && date.getUTCFullYear() >= 2000;
}

/** London's offset from UTC as the time zone names it ("GMT", "GMT+01:00"); made once (a new formatter is slow). */
const londonOffsetName = new Intl.DateTimeFormat("en-GB", { timeZone: UK_TIME_ZONE, timeZoneName: "longOffset" });

/** How far London is ahead of UTC at `at`, in milliseconds (0 in winter, one hour in summer). */
function londonOffset(at: Date): number {
  const name = londonOffsetName.formatToParts(at).find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const offset = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!offset) return 0;
  return (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000;
}

/** The moment a UK calendar day starts (midnight in London, GMT or BST). */
export function ukDayStart(isoDay: string): Date {
  const utcMidnight = new Date(`${isoDay}T00:00:00Z`);
  return new Date(utcMidnight.getTime() - londonOffset(utcMidnight));
}

/** The start of the UK day after `isoDay`: the end of a "to" date, exclusive. */
export function ukDayEnd(isoDay: string): Date {
  const next = new Date(`${isoDay}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return ukDayStart(next.toISOString().slice(0, 10));
}

/**
 * A date filter's two ends as moments, from what was typed (yyyy-mm-dd):
 * from the start of the first UK day to the end of the last. Anything that is
 * not a real day is no bound at all, never an invalid date.
 */
export function ukDayRange(from: string | undefined, to: string | undefined): { from?: Date; to?: Date } {
  return {
    from: from && isRealDay(from) ? ukDayStart(from) : undefined,
    to: to && isRealDay(to) ? ukDayEnd(to) : undefined,
  };
}

/** The first day of the UK month a moment falls in, as a date (no time). */
export function ukMonthStart(at: Date): Date {
  return new Date(`${ukDay(at).slice(0, 7)}-01T00:00:00Z`);
}

/** Whole UK calendar days from `from` to `to` (negative when `to` is earlier). */
export function ukDaysBetween(from: Date, to: Date): number {
  return Math.round((Date.parse(`${ukDay(to)}T00:00:00Z`) - Date.parse(`${ukDay(from)}T00:00:00Z`)) / 86_400_000);
}

/** Whole seconds from now until `at` (0 if past): what the browser is told, rather than a time its clock may get wrong. */
export function secondsUntil(at: Date, now: number = Date.now()): number {
  return Math.max(0, Math.floor((at.getTime() - now) / 1000));
}

/**
 * The moment a UK wall-clock time falls on a UK day ("2027-03-28", 10, 30):
 * GMT or BST as London had it then. A time that does not exist (the hour the
 * clocks skip in March) comes out an hour later, as a clock would show it.
 */
export function ukDateTime(isoDay: string, hours: number, minutes: number): Date {
  const asIfUtc = Date.parse(`${isoDay}T00:00:00Z`) + (hours * 60 + minutes) * 60_000;
  const first = new Date(asIfUtc - londonOffset(new Date(asIfUtc)));
  // Near a clock change the offset at the guess can differ from the offset at the answer: ask again.
  return new Date(asIfUtc - londonOffset(first));
}

/** "10:30" (24-hour UK time of a moment), as a time box shows it back. */
export function ukClock(value: Date): string {
  return new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
    timeZone: UK_TIME_ZONE,
  }).format(value);
}
