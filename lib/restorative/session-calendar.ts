/**
 * A session as a calendar file (.ics), made by the `ics` library, for the
 * facilitator's own calendar. It says what kind of session and the referral's
 * reference, never a name: a calendar is shared and synced more widely than
 * this service.
 */
import { createEvent } from "ics";
import { CHANNELS, labelOf, SESSION_TYPES } from "./session-fields";

export function sessionCalendar(
  session: { id: string; type: string; startsAt: Date; minutes: number; channel: string; place: string | null },
  reference: string,
  appUrl: string,
): string {
  const { error, value } = createEvent({
    uid: `${session.id}@restorative-justice-merseyside`,
    title: `${labelOf(SESSION_TYPES, session.type)} (${reference})`,
    start: session.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: session.minutes },
    location: session.place ?? labelOf(CHANNELS, session.channel),
    description: `Restorative justice session for referral ${reference}.`,
    url: appUrl,
    classification: "CONFIDENTIAL",
    productId: "restorative-justice-merseyside",
  });
  if (error || !value) throw error ?? new Error("The calendar file could not be made");
  return value;
}
