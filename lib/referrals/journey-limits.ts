/**
 * Limits on the public journey, so that one client cannot bury genuine
 * requests under a flood, while a shared connection (a refuge, a library)
 * can still send a handful a day. Per client address (as the HTTP server
 * worked it out): starting a journey, saving a page, sending a request; and
 * for the whole service: new requests per hour, so that even many addresses
 * at once cannot fill the provider's inbox faster than it can be read.
 *
 * Nothing here needs JavaScript or another site (no CAPTCHA: the privacy
 * notice promises none). A refused person is told when they can try again and
 * how to reach the provider instead; their draft is kept (and kept longer, if
 * they must wait).
 */
import "server-only";
import type { JourneyLimitSettings } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import type { SqlRunner } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { blockedUntil, consume, consumeInTransaction, type LimitRule } from "@/lib/limits/rate-limits";

export type JourneyRefusalKind = "start" | "save" | "send" | "busy";

export type JourneyRefusal = { kind: JourneyRefusalKind; retryAt: Date };

export function journeyRules(settings: JourneyLimitSettings) {
  return {
    start: { name: "journey-start", points: settings.startsPerHour, windowSeconds: 3600 },
    save: { name: "journey-save", points: settings.savesPerHour, windowSeconds: 3600 },
    send: { name: "journey-send", points: settings.referralsPerAddressPerDay, windowSeconds: 24 * 3600 },
    service: { name: "journey-send-all", points: settings.referralsPerHour, windowSeconds: 3600 },
  } satisfies Record<string, LimitRule>;
}

/** The service-wide counter's one key. */
const EVERYONE = "all";

async function check(
  prisma: PrismaClient,
  rule: LimitRule,
  key: string,
  kind: JourneyRefusalKind,
): Promise<JourneyRefusal | null> {
  const result = await consume(prisma, rule, key);
  return result.allowed ? null : { kind, retryAt: result.retryAt };
}

export function allowStart(prisma: PrismaClient, address: string, settings: JourneyLimitSettings) {
  return check(prisma, journeyRules(settings).start, address, "start");
}

export function allowSave(prisma: PrismaClient, address: string, settings: JourneyLimitSettings) {
  return check(prisma, journeyRules(settings).save, address, "save");
}

/** A send over a limit: thrown inside the send's transaction, so it rolls back, and nothing is counted or lost. */
export class SendRefused extends AppError {
  constructor(readonly refusal: JourneyRefusal) {
    super("send.refused");
  }
}

/**
 * Counts one send against this address's allowance and the service's, inside
 * the send's own transaction and last in it (the counters' rows stay locked
 * until its commit): a send that fails, or makes no new request, counts
 * nothing. Over either limit, it throws SendRefused.
 */
export function countSend(address: string, settings: JourneyLimitSettings) {
  const rules = journeyRules(settings);
  return async (tx: SqlRunner): Promise<void> => {
    const [own, everyone] = await consumeInTransaction(tx, [
      { rule: rules.send, key: address },
      { rule: rules.service, key: EVERYONE },
    ]);
    if (!own!.allowed) throw new SendRefused({ kind: "send", retryAt: own!.retryAt });
    if (!everyone!.allowed) throw new SendRefused({ kind: "busy", retryAt: everyone!.retryAt });
  };
}

/**
 * After a refused send rolled back: the refusal is counted where the limits
 * count one (over the limit), so the try-again page reads when it ends.
 */
export async function recordRefusedSend(
  prisma: PrismaClient,
  refusal: JourneyRefusal,
  address: string,
  settings: JourneyLimitSettings,
): Promise<void> {
  const rules = journeyRules(settings);
  if (refusal.kind === "busy") await consume(prisma, rules.service, EVERYONE);
  else await consume(prisma, rules.send, address);
}

/**
 * Where a refused person is sent: the page says what happened and when to try again. The time is
 * not in the address (a crafted link could show any time): the page reads it from the limits.
 */
export function refusalPath(refusal: JourneyRefusal): string {
  return `/ask/try-again-later?${new URLSearchParams({ reason: refusal.kind })}`;
}

/** When this client may try again after a refusal of this kind, from the limits themselves; null if it is not refused now. */
export function journeyRetryAt(
  prisma: PrismaClient,
  kind: JourneyRefusalKind,
  address: string,
  settings: JourneyLimitSettings,
): Promise<Date | null> {
  const rules = journeyRules(settings);
  if (kind === "busy") return blockedUntil(prisma, rules.service, EVERYONE);
  return blockedUntil(prisma, rules[kind], address);
}

/** Too soon after giving consent to be a person who has read and answered every page. */
export function sentTooSoon(
  consentGivenAt: string | undefined,
  settings: JourneyLimitSettings,
  now = new Date(),
): boolean {
  if (!consentGivenAt) return false;
  return now.getTime() - new Date(consentGivenAt).getTime() < settings.minSecondsBeforeSending * 1000;
}

export { HONEYPOT_FIELD } from "./honeypot";
