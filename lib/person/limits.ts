/**
 * Limits on the way back in that stop an attacker, not the person:
 *
 * - private codes: *failures* are counted, per client address and per
 *   reference at that address. A right code from an address with no failures
 *   is never refused because of wrong codes tried elsewhere. Across all
 *   addresses a reference has a ceiling far above what one address can use;
 *   reaching it tells the provider (audit entry and an email) instead of
 *   locking the person out. A code is 12 characters from a 23-letter alphabet
 *   (about 10^16), so many addresses guessing still get nowhere.
 * - links: requests per client address, and *emails* per request (3 an hour,
 *   6 a day, whoever asks), so nobody can fill the person's inbox. A new
 *   request never cancels a link already sent.
 *
 * A refused person is told when to try again, and that they can call.
 */
import "server-only";
import type { PgBoss } from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { enqueue } from "@/lib/jobs/queue";
import { sendEmailJob } from "@/lib/jobs/send-email-job";
import { consume, refund, type LimitRule } from "@/lib/limits/rate-limits";
import { normaliseReference } from "@/lib/referrals/reference";

export const PERSON_RULES = {
  linkPerAddress: { name: "manage-link", points: 10, windowSeconds: 3600 },
  linkEmailsPerRequestHour: { name: "manage-link-emails-hour", points: 3, windowSeconds: 3600 },
  linkEmailsPerRequestDay: { name: "manage-link-emails-day", points: 6, windowSeconds: 24 * 3600 },
  codeFailuresPerAddress: { name: "manage-code-failures", points: 10, windowSeconds: 3600 },
  codeFailuresPerRequestAtAddress: { name: "manage-code-failures-at", points: 5, windowSeconds: 24 * 3600 },
  /** Never refuses: reaching it alerts the provider. */
  codeFailuresPerRequestCeiling: { name: "manage-code-failures-ceiling", points: 100, windowSeconds: 24 * 3600 },
} satisfies Record<string, LimitRule>;

/** Null if allowed; otherwise when they may try again. */
export async function allowLinkRequest(prisma: PrismaClient, address: string): Promise<Date | null> {
  const result = await consume(prisma, PERSON_RULES.linkPerAddress, address);
  return result.allowed ? null : result.retryAt;
}

/** Where a ceiling alert goes, and the queue that sends it. */
export type AlertTo = { boss: PgBoss; providerEmail: string };

async function alert(
  prisma: PrismaClient,
  to: AlertTo,
  what: "codes" | "links",
  referral: { id: string; reference: string },
  ipAddress?: string,
) {
  await recordAudit(prisma, {
    action: what === "codes" ? "person.code-ceiling-reached" : "person.link-ceiling-reached",
    actorId: null,
    referralId: referral.id,
    ipAddress,
  });
  await enqueue(to.boss, sendEmailJob, {
    template: "access-alert",
    to: to.providerEmail,
    params: { reference: referral.reference, what },
  });
}

/**
 * Whether one more link email may go for this request: 3 an hour and 6 a day, whoever asks. The
 * first refusal in a window tells the provider.
 */
export async function allowLinkEmail(
  prisma: PrismaClient,
  referral: { id: string; reference: string },
  to: AlertTo,
  ipAddress?: string,
): Promise<boolean> {
  for (const rule of [PERSON_RULES.linkEmailsPerRequestHour, PERSON_RULES.linkEmailsPerRequestDay]) {
    const result = await consume(prisma, rule, referral.id);
    if (!result.allowed) {
      if (result.used === rule.points + 1 && rule === PERSON_RULES.linkEmailsPerRequestDay)
        await alert(prisma, to, "links", referral, ipAddress);
      return false;
    }
  }
  return true;
}

/** The keys a code attempt is counted under: this address, and this request at this address. */
function codeKeys(address: string, reference: string): Array<[LimitRule, string]> {
  const ref = normaliseReference(reference);
  return [
    [PERSON_RULES.codeFailuresPerAddress, address],
    [PERSON_RULES.codeFailuresPerRequestAtAddress, `${ref}|${address}`],
  ];
}

/**
 * Counted before the code is checked (so a hundred tries sent at once all count); a right code
 * gives its count back (`codeWasRight`), so only failures are left.
 */
export async function allowCodeAttempt(prisma: PrismaClient, address: string, reference: string): Promise<Date | null> {
  for (const [rule, key] of codeKeys(address, reference)) {
    const result = await consume(prisma, rule, key);
    if (!result.allowed) return result.retryAt;
  }
  return null;
}

export async function codeWasRight(prisma: PrismaClient, address: string, reference: string): Promise<void> {
  for (const [rule, key] of codeKeys(address, reference)) await refund(prisma, rule, key);
}

/** A wrong code: counted against the request's ceiling across all addresses, which alerts and never refuses. */
export async function codeWasWrong(
  prisma: PrismaClient,
  reference: string,
  to: AlertTo,
  ipAddress?: string,
): Promise<void> {
  const ref = normaliseReference(reference);
  const referral = ref
    ? await prisma.referral.findUnique({ where: { reference: ref }, select: { id: true, reference: true } })
    : null;
  if (!referral) return;
  const rule = PERSON_RULES.codeFailuresPerRequestCeiling;
  const result = await consume(prisma, rule, referral.id);
  if (result.used === rule.points + 1) await alert(prisma, to, "codes", referral, ipAddress);
}
