import { formatTime, UK_TIME_ZONE, ukDaysBetween } from "@/lib/dates";
/** "3:45pm" today, "3:45pm tomorrow", or "3:45pm on Monday 30 November", in UK time. */
export function whenToTryAgain(at: Date, now = new Date()): string {
  const time = formatTime(at);
  const days = ukDaysBetween(now, at);
  if (days === 0) return time;
  if (days === 1) return `${time} tomorrow`;
  const date = at.toLocaleDateString("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: UK_TIME_ZONE,
  });
  return `${time} on ${date}`;
}
