/**
 * "Are you sure you want to withdraw?" is its own step, without JavaScript
 * too: what the person chose on the first step (their reason, whether to
 * delete) is kept with their session, never in the address or the browser,
 * until they confirm, keep their request, or the session ends (and with it
 * this). Nothing is withdrawn until they confirm.
 */
import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { PersonSession } from "./access";
import type { WithdrawInput } from "./requests";
import { withdrawSchema } from "./schemas";

export async function holdWithdrawal(prisma: PrismaClient, session: PersonSession, input: WithdrawInput) {
  await prisma.personSession.update({ where: { tokenHash: session.key }, data: { pendingWithdrawal: input } });
}

/** What the first step chose, or null if it has not been answered in this session. */
export async function heldWithdrawal(prisma: PrismaClient, session: PersonSession): Promise<WithdrawInput | null> {
  const row = await prisma.personSession.findUnique({
    where: { tokenHash: session.key },
    select: { pendingWithdrawal: true },
  });
  const parsed = withdrawSchema.safeParse(row?.pendingWithdrawal ?? undefined);
  return parsed.success ? parsed.data : null;
}

export async function dropWithdrawal(prisma: PrismaClient, session: PersonSession) {
  await prisma.personSession.updateMany({
    where: { tokenHash: session.key },
    data: { pendingWithdrawal: Prisma.DbNull },
  });
}
