/**
 * A "Manage your request" session for a referral, as a test needs one: a
 * session row like the one following a link makes, read back through the real
 * session check (readPersonSession), the only maker of a PersonSession.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { newToken, tokenHash } from "@/lib/auth/tokens";
import { readPersonSession, type PersonSession } from "@/lib/person/access";

export async function personSessionFor(prisma: PrismaClient, referralId: string): Promise<PersonSession> {
  const token = newToken();
  await prisma.personSession.create({
    data: { tokenHash: tokenHash(token), referralId, expiresAt: new Date(Date.now() + 60 * 60_000) },
  });
  const session = await readPersonSession(prisma, token);
  if (!session) throw new Error("the session check refused a session just made");
  return session;
}
