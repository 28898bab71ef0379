/**
 * Password hashing with argon2id at OWASP's recommended parameters
 * (19 MiB memory, 2 iterations, 1 lane), through @node-rs/argon2 (prebuilt
 * binaries from npm, no compiler needed). A stored hash made with weaker
 * parameters is reported as needing a rehash, so parameters can be raised
 * later and accounts catch up as people sign in.
 */
import "server-only";
import { hash, verify } from "@node-rs/argon2";

// Algorithm.Argon2id; the package exports it as a const enum, which isolated modules cannot read.
const ARGON2ID = 2;

export const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** False for a wrong password and for anything that is not an argon2 hash; never throws for bad input. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

export function needsRehash(stored: string): boolean {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(stored);
  if (!match) return true;
  const [, m, t, p] = match.map(Number);
  return m! < ARGON2_OPTIONS.memoryCost || t! < ARGON2_OPTIONS.timeCost || p! !== ARGON2_OPTIONS.parallelism;
}

/**
 * A hash of a random password, made once: verifying against it when an account
 * does not exist takes as long as a real check, so timing does not reveal
 * which email addresses have accounts.
 */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(`no-account-${Math.random()}-${Date.now()}`);
  return dummy;
}
