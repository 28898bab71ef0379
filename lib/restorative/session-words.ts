/** A session as pages and packs describe it, in words (pure). */
import { formatDate, formatTime } from "@/lib/dates";
import { CHANNELS, labelOf, NOT_HAPPENED_REASONS, SESSION_PEOPLE, SESSION_TYPES } from "./session-fields";

export type SessionFacts = {
  type: string;
  startsAt: Date;
  minutes: number;
  channel: string;
  place: string | null;
  attendees: string[];
  interpreter: string | null;
  happened: boolean | null;
  notHappenedReason: string | null;
  attended: string[];
};

export const sessionTypeWords = (type: string) => labelOf(SESSION_TYPES, type);

export const whenWords = (s: Pick<SessionFacts, "startsAt" | "minutes">) =>
  `${formatDate(s.startsAt)}, ${formatTime(s.startsAt)} (${s.minutes} minutes)`;

export const howWords = (s: Pick<SessionFacts, "channel" | "place">) =>
  s.place ? `${labelOf(CHANNELS, s.channel)}: ${s.place}` : labelOf(CHANNELS, s.channel);

export const peopleWords = (people: string[]) =>
  people.length ? people.map((p) => labelOf(SESSION_PEOPLE, p)).join(", ") : "Nobody recorded";

/** "To record", "Took place" or "Did not take place: the victim cancelled…". */
export function outcomeWords(s: Pick<SessionFacts, "happened" | "notHappenedReason">, withReason = true): string {
  if (s.happened === null) return "To record";
  if (s.happened) return "Took place";
  return withReason && s.notHappenedReason
    ? `Did not take place: ${labelOf(NOT_HAPPENED_REASONS, s.notHappenedReason).toLowerCase()}`
    : "Did not take place";
}
