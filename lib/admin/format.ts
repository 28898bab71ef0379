/** Dates as the provider reads them: UK time, whatever the server's time zone. */
export function formatDateTime(value: Date): string {
  return value.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });
}

export function formatDate(value: Date): string {
  return value.toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "Europe/London" });
}

/** yyyy-mm-dd in UK time, for file names and date fields. */
export function isoDate(value: Date): string {
  return value.toLocaleDateString("en-CA", { timeZone: "Europe/London" });
}

/**
 * The moment a UK calendar day starts (midnight in London, GMT or BST), for
 * date filters: "from 1 June" means from 00:00 BST, not 01:00.
 */
export function ukDayStart(isoDay: string): Date {
  const utcMidnight = new Date(`${isoDay}T00:00:00Z`);
  const london = new Date(utcMidnight.toLocaleString("en-US", { timeZone: "Europe/London" }));
  const utc = new Date(utcMidnight.toLocaleString("en-US", { timeZone: "UTC" }));
  return new Date(utcMidnight.getTime() - (london.getTime() - utc.getTime()));
}

/** The start of the UK day after `isoDay`: the end of a "to" date, exclusive. */
export function ukDayEnd(isoDay: string): Date {
  const next = new Date(`${isoDay}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return ukDayStart(next.toISOString().slice(0, 10));
}

/** A real calendar day written yyyy-mm-dd (what a date field sends), from 2000 on. */
export function isRealDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && date.getUTCFullYear() >= 2000;
}
