/**
 * How password guessing is slowed without handing anyone a way to lock a
 * colleague out. Every limit counts an account *at an address*, or an address
 * across all accounts, never an account alone: someone guessing a person's
 * password from elsewhere uses up their own allowance, not that person's.
 *
 * - pair (account + address): 5 attempts in 15 minutes, then wait for the window;
 * - pairDaily (account + address): 20 in a day, so the waits add up to a day;
 * - address (any account): 30 in an hour, against one address trying many accounts;
 * - alert (account, any address): the 10th failed or held-back attempt in an hour emails the person, once.
 *
 * A point is taken before the password is checked (so a hundred guesses sent
 * at once are all counted) and given back when the password is right.
 */
import { countOf } from "@/lib/plural";
import { createHash } from "node:crypto";
import type { LimitRule } from "@/lib/limits/rate-limits";

export type SignInRules = { pair: LimitRule; pairDaily: LimitRule; address: LimitRule; alert: LimitRule };

export const SIGN_IN_RULES: SignInRules = {
  pair: { name: "sign-in-pair", points: 5, windowSeconds: 15 * 60 },
  pairDaily: { name: "sign-in-pair-day", points: 20, windowSeconds: 24 * 3600 },
  address: { name: "sign-in-address", points: 30, windowSeconds: 3600 },
  alert: { name: "sign-in-alert", points: 9, windowSeconds: 3600 },
};

/** Hashed: whatever was typed as the email stays out of the table, and the key has a fixed length. */
export const pairKey = (email: string, address: string) =>
  createHash("sha256").update(`${email}\n${address}`).digest("hex");

/** "Try again in 12 minutes": whole minutes, at least one. */
export function minutesUntil(retryAt: Date, now = new Date()): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
}

/** The wait the "too many attempts" message names ({wait} in lib/errors/messages.ts): "1 minute", "15 minutes". */
export function waitUntil(retryAt: Date, now = new Date()): { wait: string } {
  return { wait: countOf(minutesUntil(retryAt, now), "minute") };
}
