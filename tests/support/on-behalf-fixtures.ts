/** A referrer's answers (schema input), and a complete draft asked on someone's behalf. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadDraft, saveReferrer } from "@/lib/referrals/draft";
import { referrerSchema } from "@/lib/referrals/referrer";
import type { StepId } from "@/lib/referrals/schema";
import { completeDraft } from "./referral-fixtures";

export const REFERRER = {
  role: "victimSupport",
  name: "Rowan Referrer-Marker",
  organisation: "Victim Care Merseyside",
  email: "rowan.worker@support.example",
  phone: "0151 496 0999",
  agreed: "yes",
  agreedHow: "phone",
  agreedOn: "2026-12-01",
  mayContactReferrer: "no",
  consent: "yes",
};

export async function completeDraftForSomeone(
  prisma: PrismaClient,
  referrer: Record<string, unknown> = {},
  changes: Partial<Record<StepId, Record<string, unknown>>> = {},
): Promise<{ token: string; tokenHash: string }> {
  const made = await completeDraft(prisma, changes);
  const draft = (await loadDraft(prisma, made.token))!;
  await saveReferrer(prisma, draft, referrerSchema.parse({ ...REFERRER, ...referrer }));
  return made;
}
