/** "3:45pm" today, "3:45pm tomorrow", or "3:45pm on Monday 30 November", in UK time. */
export function whenToTryAgain(at: Date, now = new Date()): string {
  const time = at.toLocaleTimeString("en-GB", { hour: "numeric", minute: "2-digit", hour12: true, timeZone: "Europe/London" }).replace(" ", "");
  const day = (d: Date) => d.toLocaleDateString("en-CA", { timeZone: "Europe/London" });
  if (day(at) === day(now)) return time;
  if (day(at) === day(new Date(now.getTime() + 24 * 3600_000))) return `${time} tomorrow`;
  const date = at.toLocaleDateString("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "Europe/London" });
  return `${time} on ${date}`;
}

/** The time in a refusal page's address (milliseconds since 1970), if it is a real one still to come. */
export function retryTimeFrom(value: unknown, now = new Date()): Date | null {
  const until = Number(value);
  return Number.isFinite(until) && until > now.getTime() ? new Date(until) : null;
}
