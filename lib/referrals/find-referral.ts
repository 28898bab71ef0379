import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { draftTokenHash } from "./draft-cookie";

/** How long after submitting the confirmation page still shows the reference. */
export const CONFIRMATION_SHOWN_MINUTES = 60;

/**
 * The referral this browser's journey became, if it was submitted recently.
 * Later, the confirmation page no longer shows it: someone else using the
 * same device should not find it there.
 */
export async function recentReferralForToken(prisma: PrismaClient, token: string | undefined, now = new Date()) {
  if (!token) return null;
  return prisma.referral.findFirst({
    where: {
      idempotencyKey: draftTokenHash(token),
      createdAt: { gt: new Date(now.getTime() - CONFIRMATION_SHOWN_MINUTES * 60_000) },
    },
    select: {
      id: true,
      reference: true,
      victimEmailStatus: true,
      contactEmail: true,
      askedBy: true,
      referrer: { select: { confirmationStatus: true } },
    },
  });
}
