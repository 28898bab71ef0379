/**
 * Single-use recovery codes for when the authenticator app is lost. Each is 10
 * random characters from an unambiguous alphabet (about 46 bits), shown once,
 * and stored only as a SHA-256 hash: with that much randomness a slow hash
 * adds nothing, and a stolen database reveals no usable code.
 */
import { createHash, randomInt, timingSafeEqual } from "node:crypto";

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const RECOVERY_CODE_COUNT = 10;

function normalise(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}

function digest(code: string): string {
  return createHash("sha256").update(normalise(code)).digest("hex");
}

export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
  return { codes, hashes: codes.map(digest) };
}

/** The position of the matching unused code's hash, or -1. Compares every hash in constant time. */
export function findRecoveryCode(input: string, hashes: readonly string[]): number {
  const candidate = Buffer.from(digest(input), "hex");
  let found = -1;
  hashes.forEach((hash, index) => {
    const stored = Buffer.from(hash, "hex");
    if (stored.length === candidate.length && timingSafeEqual(stored, candidate) && found === -1) found = index;
  });
  return found;
}
