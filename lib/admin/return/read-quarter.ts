/** The return's quarter from an address's query (a quarter is not personal data), or the last whole quarter. */
import { quarterOf, recentQuarters, type Quarter } from "./quarters";

export const QUARTER_MESSAGE = "Choose a quarter from the list";

export function readQuarter(
  query: Record<string, string | string[] | undefined>,
  now = new Date(),
): { quarters: Quarter[]; quarter: Quarter; error: string | null } {
  const { quarters, lastWhole } = recentQuarters(now);
  const asked = typeof query.quarter === "string" ? query.quarter : "";
  if (!asked) return { quarters, quarter: lastWhole, error: null };
  // Any quarter can be asked for by address (an older return, say), not only those listed.
  const quarter = quarterOf(asked);
  return quarter ? { quarters, quarter, error: null } : { quarters, quarter: lastWhole, error: QUARTER_MESSAGE };
}
