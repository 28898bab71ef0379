/**
 * Keeping one set of answers, however they came: given by phone to staff
 * (lib/workspace/wellbeing.ts) or by the person online (survey link, "Manage
 * your request"). The start and after rows of a case share a pair id, so the
 * change can still be measured once the case is erased and the rows are
 * anonymous.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AfterAnswers, StartAnswers } from "./wellbeing-schemas";

export type Stage = "start" | "after";

export type GivenAnswers = { stage: "start"; answers: StartAnswers } | { stage: "after"; answers: AfterAnswers };

/** Writes (or corrects) a case's answers for one stage, in the caller's transaction. */
export async function saveAnswers(
  tx: Prisma.TransactionClient,
  referralId: string,
  given: GivenAnswers,
  how: { via: "phone" | "online"; recordedById: string | null; now: Date },
): Promise<void> {
  const data = { ...given.answers, via: how.via, recordedById: how.recordedById, answeredAt: how.now };
  // The other stage's pair id, if it was answered first: the two stay matched without naming the case.
  const other = await tx.wellbeingAnswer.findFirst({
    where: { referralId, stage: given.stage === "start" ? "after" : "start" },
    select: { pairId: true },
  });
  await tx.wellbeingAnswer.upsert({
    where: { referralId_stage: { referralId, stage: given.stage } },
    create: { ...data, referralId, stage: given.stage, pairId: other?.pairId ?? randomUUID() },
    update: data,
  });
}
