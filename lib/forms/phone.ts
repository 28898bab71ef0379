/** Phone numbers in one form, so a search finds a number however it was typed. */

/** A UK number in one form: digits only, +44 or 0044 written as 0. */
export function normalisePhone(value: string): string {
  // "+44 (0)151…" has both the country code and the 0: keep one 0.
  return value
    .replace(/\D/g, "")
    .replace(/^(?:00)?44/, "0")
    .replace(/^0+/, "0");
}
