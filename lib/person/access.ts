/**
 * The way back in to "Manage your request", without an account: the person
 * gives their reference and the email address they gave, and if both match a
 * one-time link (30 minutes, once) is emailed to that address; or, if they
 * gave no email address, their reference and the private code shown to them
 * once. Either opens a short session (15 minutes idle). The answer to a
 * request is the same whether or not the details match, so references cannot
 * be tested; only hashes of links, codes and sessions are stored.
 */
import "server-only";
import { randomInt, timingSafeEqual } from "node:crypto";
import type { PgBoss } from "pg-boss";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors/app-error";
import { newToken, normaliseEmail, tokenHash } from "@/lib/auth/tokens";
import { enqueueInTransaction } from "@/lib/jobs/queue";
import { personLinkJob } from "./person-jobs";
import { normaliseReference, REFERENCE_ALPHABET } from "@/lib/referrals/reference";
import { allowLinkEmail } from "./limits";

export const SESSION_IDLE_MINUTES = 15;
/** However active: a session ends after this, and they ask again. */
export const SESSION_MOST_MINUTES = 120;

const MINUTE = 60_000;

/** A private code: 12 characters from the reference's unambiguous alphabet, in three groups. */
export function newPrivateCode(): string {
  const block = () =>
    Array.from({ length: 4 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join("");
  return `${block()}-${block()}-${block()}`;
}

/** How a code is compared: case, spaces and dashes do not matter. */
function codeHash(code: string): string {
  return tokenHash(code.toUpperCase().replace(/[^0-9A-Z]/g, ""));
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * Asks for a link. Says nothing about whether the details matched: the caller
 * shows the same page either way. A match queues the email (the link is made
 * as it is sent, so it is stored nowhere but in the email).
 */
export async function requestManageLink(
  prisma: PrismaClient,
  boss: PgBoss,
  input: { reference: string; email: string; ipAddress?: string },
  options: { providerEmail: string },
): Promise<void> {
  const reference = normaliseReference(input.reference);
  const email = normaliseEmail(input.email);
  const referral =
    reference && email
      ? await prisma.referral.findUnique({
          where: { reference },
          select: { id: true, reference: true, contactEmail: true },
        })
      : null;
  const matched = Boolean(referral?.contactEmail && sameHash(tokenHash(referral.contactEmail), tokenHash(email)));
  // At most so many link emails per request, whoever asks (lib/person/limits.ts): the page says the same either way.
  const send =
    matched &&
    (await allowLinkEmail(prisma, referral!, { boss, providerEmail: options.providerEmail }, input.ipAddress));
  await prisma.$transaction(async (tx) => {
    // By the person: no member of staff. Which referral, only when the details matched.
    await recordAudit(tx, {
      action: "person.link-requested",
      actorId: null,
      referralId: matched ? referral!.id : null,
      ipAddress: input.ipAddress,
      details: { matched, sent: send },
    });
    if (send) await enqueueInTransaction(boss, tx, personLinkJob, { referralId: referral!.id });
  });
}

/** In: a session for the request. Not in, these throw AppError (manage.link-* or manage.code-wrong). */
export type Opened = { sessionToken: string; referralId: string };

async function openSession(tx: Prisma.TransactionClient, referralId: string, now: Date): Promise<string> {
  const token = newToken();
  await tx.personSession.create({
    data: {
      tokenHash: tokenHash(token),
      referralId,
      expiresAt: new Date(now.getTime() + SESSION_MOST_MINUTES * MINUTE),
    },
  });
  return token;
}

/** Follows a link: once, within its 30 minutes. */
export async function openWithLink(
  prisma: PrismaClient,
  token: string,
  ipAddress?: string,
  now = new Date(),
): Promise<Opened> {
  return prisma.$transaction(async (tx) => {
    const hash = tokenHash(token);
    // Locked, so the same link followed twice at once opens one session.
    const [row] = await tx.$queryRaw<Array<{ referral_id: string; expires_at: Date; used_at: Date | null }>>`
      SELECT referral_id::text, expires_at, used_at FROM person_links WHERE token_hash = ${hash} FOR UPDATE`;
    if (!row) throw new AppError("manage.link-unknown");
    if (row.used_at) throw new AppError("manage.link-used");
    if (row.expires_at <= now) throw new AppError("manage.link-expired");
    await tx.personLink.update({ where: { tokenHash: hash }, data: { usedAt: now } });
    // In: the other links sent for this request are no longer needed.
    await tx.personLink.deleteMany({ where: { referralId: row.referral_id, usedAt: null } });
    await recordAudit(tx, {
      action: "person.signed-in",
      actorId: null,
      referralId: row.referral_id,
      ipAddress,
      details: { by: "link" },
    });
    return { sessionToken: await openSession(tx, row.referral_id, now), referralId: row.referral_id };
  });
}

/** Reference and private code. Any mismatch is "unknown": nothing says which part was wrong. */
export async function openWithCode(
  prisma: PrismaClient,
  input: { reference: string; code: string; ipAddress?: string },
  now = new Date(),
): Promise<Opened> {
  const referral = await prisma.referral.findUnique({
    where: { reference: normaliseReference(input.reference) },
    select: { id: true, privateCodeHash: true },
  });
  // Compared even when there is nothing to compare with, so a wrong reference takes as long as a wrong code.
  const stored = referral?.privateCodeHash ?? tokenHash("no code");
  if (!referral?.privateCodeHash || !sameHash(stored, codeHash(input.code)))
    throw new AppError("manage.code-wrong", "code");
  return prisma.$transaction(async (tx) => {
    await recordAudit(tx, {
      action: "person.signed-in",
      actorId: null,
      referralId: referral.id,
      ipAddress: input.ipAddress,
      details: { by: "code" },
    });
    return { sessionToken: await openSession(tx, referral.id, now), referralId: referral.id };
  });
}

/** Gives a referral a private code, shown once; a new one replaces the last. */
export async function createPrivateCode(prisma: PrismaClient, referralId: string, ipAddress?: string): Promise<string> {
  const code = newPrivateCode();
  await prisma.$transaction(async (tx) => {
    await tx.referral.update({ where: { id: referralId }, data: { privateCodeHash: codeHash(code) } });
    await recordAudit(tx, { action: "person.code-created", actorId: null, referralId, ipAddress });
  });
  return code;
}

declare const fromSessionCheck: unique symbol;

/**
 * A person's open "Manage your request" session: the referral it may manage.
 * Only readPersonSession makes one, so a service that takes it can only be
 * reached through the session check (a plain referral id will not do).
 */
export type PersonSession = {
  readonly referralId: string;
  /** The session row's key (the hash of its token): what is kept with the session is found by it. */
  readonly key: string;
  /** When it ends if nothing more is done: idle too long, or at its most, whichever comes first. */
  readonly endsAt: Date;
  readonly [fromSessionCheck]: true;
};

/** The session of this token, or null (no such session, idle too long, or too old). Each use keeps it alive. */
export async function readPersonSession(
  prisma: PrismaClient,
  token: string | undefined,
  now = new Date(),
): Promise<PersonSession | null> {
  if (!token) return null;
  const hash = tokenHash(token);
  const session = await prisma.personSession.findUnique({ where: { tokenHash: hash } });
  if (!session) return null;
  if (session.expiresAt <= now || session.lastSeenAt.getTime() + SESSION_IDLE_MINUTES * MINUTE <= now.getTime()) {
    await prisma.personSession.deleteMany({ where: { tokenHash: hash } });
    return null;
  }
  await prisma.personSession.update({ where: { tokenHash: hash }, data: { lastSeenAt: now } });
  const idleEnd = new Date(now.getTime() + SESSION_IDLE_MINUTES * MINUTE);
  const endsAt = session.expiresAt < idleEnd ? session.expiresAt : idleEnd;
  return { referralId: session.referralId, key: hash, endsAt } as PersonSession;
}

export async function endPersonSession(prisma: PrismaClient, token: string | undefined): Promise<void> {
  if (token) await prisma.personSession.deleteMany({ where: { tokenHash: tokenHash(token) } });
}
