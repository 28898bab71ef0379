/** What staff are told about a request made in another language (the provider email and the referral page). */
import { languageOf } from "@/lib/languages";

/** "Asked in Polish: contact with an interpreter", or null for a request in English. */
export function askedInLine(askedIn: string | null | undefined): string | null {
  if (!askedIn) return null;
  return `Asked in ${languageOf(askedIn)?.english ?? askedIn}: contact with an interpreter`;
}

export const SHORT_REQUEST_NOTE =
  "A short request: only their name, their safe way to be contacted and their agreement were asked. Ask the rest, with the interpreter.";

export const NOT_ASKED_YET = "Not asked yet (a short request in another language).";
