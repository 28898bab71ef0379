/** Referral rows written straight to the table, for tests that need many, or odd text in them. */
import { randomBytes, randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

const ALPHABET = "34679ACDEFGHJKMNPQRTWXY";

export function randomReference(): string {
  const part = () => Array.from(randomBytes(4), (b) => ALPHABET[b % ALPHABET.length]).join("");
  return `RJ-${part()}-${part()}`;
}

export type ReferralRow = Partial<Omit<Prisma.ReferralUncheckedCreateInput, "answers">> & { answers?: Record<string, unknown> };

export async function insertReferral(prisma: PrismaClient, row: ReferralRow = {}): Promise<{ id: string; reference: string }> {
  const { answers, ...rest } = row;
  const created = await prisma.referral.create({
    data: {
      reference: randomReference(),
      consentGivenAt: new Date(),
      consentVersion: "test",
      fullName: "Test Person",
      crimeType: "burglary",
      idempotencyKey: randomBytes(32).toString("hex"),
      answers: ({ fullName: row.fullName ?? "Test Person", crimeType: row.crimeType ?? "burglary", ...answers }) as Prisma.InputJsonValue,
      ...rest,
      id: rest.id ?? randomUUID(),
    },
    select: { id: true, reference: true },
  });
  return created;
}
