/**
 * The journey's error messages that speak to "you", in the words about "them",
 * for a journey asked on someone's behalf (the rest read the same either way).
 * The question page sends this map to the browser only for a journey asked
 * for someone else.
 */
import { MESSAGES } from "./messages";

export const THEIR_MESSAGES: Record<string, string> = {
  [MESSAGES.fullName.required]: "Enter their full name",
  [MESSAGES.over18]: "Select yes if they are 18 or over",
  [MESSAGES.contactMethods]: "Select at least one way we can contact them",
  [MESSAGES.communicationWays]: "Select at least one way they might want to communicate, or “I’m not sure yet”",
  [MESSAGES.interpreter]: "Select yes if they need an interpreter",
  [MESSAGES.interpreterLanguage.required]: "Enter the language they need",
  [MESSAGES.knowWho]: "Select whether they know who is responsible",
};

export function theirMessage(message: string): string {
  return THEIR_MESSAGES[message] ?? message;
}
