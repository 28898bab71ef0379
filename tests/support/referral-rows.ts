/** Referral rows written straight to the table, for tests that need many, or odd text in them. */
import { randomBytes, randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { STEP_IDS, STEP_SCHEMAS, type StepId } from "@/lib/referrals/schema";
import { ANSWERS } from "./referral-fixtures";
import { contactColumns } from "@/lib/referrals/contact-columns";

const ALPHABET = "34679ACDEFGHJKMNPQRTWXY";

export function randomReference(): string {
  const part = () => Array.from(randomBytes(4), (b) => ALPHABET[b % ALPHABET.length]).join("");
  return `RJ-${part()}-${part()}`;
}

/** Stored answers are grouped by step, as submitReferral stores them; a test's changes replace single answers. */
export type AnswerChanges = Partial<Record<StepId, Record<string, unknown>>>;
export type ReferralRow = Partial<Omit<Prisma.ReferralUncheckedCreateInput, "answers">> & { answers?: AnswerChanges };

function storedAnswers(changes: AnswerChanges, fullName: string): Record<string, Record<string, unknown>> {
  const stored: Record<string, Record<string, unknown>> = {};
  for (const step of STEP_IDS) {
    const valid = STEP_SCHEMAS[step].parse(ANSWERS[step]) as Record<string, unknown>;
    stored[step] = { ...valid, ...(step === "about-you" ? { fullName } : {}), ...changes[step] };
  }
  return stored;
}

export async function insertReferral(
  prisma: PrismaClient,
  row: ReferralRow = {},
): Promise<{ id: string; reference: string }> {
  const { answers, ...rest } = row;
  const fullName = row.fullName ?? "Test Person";
  const stored = storedAnswers(answers ?? {}, fullName);
  return prisma.referral.create({
    data: {
      reference: randomReference(),
      consentGivenAt: new Date(),
      consentVersion: "test",
      fullName,
      crimeType: "burglary",
      idempotencyKey: randomBytes(32).toString("hex"),
      answers: stored as Prisma.InputJsonValue,
      ...contactColumns(stored["safe-contact"] ?? {}),
      ...rest,
      id: rest.id ?? randomUUID(),
    },
    select: { id: true, reference: true },
  });
}
