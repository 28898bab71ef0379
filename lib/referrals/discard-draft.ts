import "server-only";
import { prisma } from "@/lib/db";
import { draftTokenHash } from "./draft-cookie";

/** Deletes the draft behind a journey cookie, if there is one. */
export async function discardDraft(token: string | undefined): Promise<void> {
  if (!token) return;
  const db = await prisma();
  await db.referralDraft.deleteMany({ where: { tokenHash: draftTokenHash(token) } });
}
