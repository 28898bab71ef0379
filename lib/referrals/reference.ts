/**
 * Referral references like RJ-7K4M-2Q9P: short enough to read over the phone,
 * and made only of characters that cannot be mistaken for one another
 * (no 0/O, 1/I/L, U/V, 5/S, 2/Z, 8/B).
 */
import { randomInt } from "node:crypto";

export const REFERENCE_ALPHABET = "34679ACDEFGHJKMNPQRTWXY";
export const REFERENCE_PATTERN = new RegExp(`^RJ-[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`);

/** A reference as typed ("rj-7k4m-2q9p ") as stored ("RJ-7K4M-2Q9P"): upper case, no spaces. */
export function normaliseReference(value: string): string {
  return value.toUpperCase().replace(/\s+/g, "");
}

export type RandomIndex = (size: number) => number;

export function generateReference(random: RandomIndex = randomInt): string {
  const block = () => Array.from({ length: 4 }, () => REFERENCE_ALPHABET[random(REFERENCE_ALPHABET.length)]).join("");
  return `RJ-${block()}-${block()}`;
}

/** A reference no referral has yet; `taken` checks the database. */
export async function generateUniqueReference(
  taken: (reference: string) => Promise<boolean>,
  random: RandomIndex = randomInt,
  attempts = 10,
): Promise<string> {
  for (let i = 0; i < attempts; i += 1) {
    const reference = generateReference(random);
    if (!(await taken(reference))) return reference;
  }
  throw new Error(`Could not find an unused reference in ${attempts} attempts`);
}
