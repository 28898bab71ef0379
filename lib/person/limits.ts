/**
 * Limits on the way back in, so that references cannot be tried by the
 * thousand: per client address for links and codes, and per reference for
 * codes (an attacker with many addresses still gets few guesses at one
 * request). A refused person is told when to try again, and that they can call.
 */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { consume, type LimitRule } from "@/lib/limits/rate-limits";
import { normaliseReference } from "@/lib/referrals/reference";

export const PERSON_RULES = {
  linkPerAddress: { name: "manage-link", points: 10, windowSeconds: 3600 },
  codePerAddress: { name: "manage-code", points: 10, windowSeconds: 3600 },
  codePerReference: { name: "manage-code-reference", points: 10, windowSeconds: 24 * 3600 },
} satisfies Record<string, LimitRule>;

/** Null if allowed; otherwise when they may try again. */
export async function allowLinkRequest(prisma: PrismaClient, address: string): Promise<Date | null> {
  const result = await consume(prisma, PERSON_RULES.linkPerAddress, address);
  return result.allowed ? null : result.retryAt;
}

export async function allowCodeAttempt(prisma: PrismaClient, address: string, reference: string): Promise<Date | null> {
  for (const [rule, key] of [[PERSON_RULES.codePerAddress, address], [PERSON_RULES.codePerReference, normaliseReference(reference)]] as const) {
    const result = await consume(prisma, rule, key);
    if (!result.allowed) return result.retryAt;
  }
  return null;
}
