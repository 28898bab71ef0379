import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Everything that happened to a referral, newest first, with who did it. */
export async function readTimeline(prisma: PrismaClient, referralId: string) {
  return prisma.referralEvent.findMany({
    where: { referralId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    include: { actor: { select: { name: true } } },
  });
}
