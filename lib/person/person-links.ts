/** The one-time links into "Manage your request": made when their email is sent, hashed when kept. */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newToken, tokenHash } from "@/lib/auth/tokens";

export const LINK_MINUTES = 30;

/** A link's token as our emails write it (base64url, 256 bits): anything else is not one of ours. */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,100}$/;

const MINUTE = 60_000;

/**
 * Makes a link for the email being sent now. Links sent earlier keep working until used or
 * expired: a request by someone else must not break the person's own link.
 */
export async function issuePersonLink(
  tx: Prisma.TransactionClient,
  referralId: string,
  now = new Date(),
): Promise<string> {
  const token = newToken();
  await tx.personLink.create({
    data: { tokenHash: tokenHash(token), referralId, expiresAt: new Date(now.getTime() + LINK_MINUTES * MINUTE) },
  });
  return token;
}
