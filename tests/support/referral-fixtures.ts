/** A complete, valid set of answers (schema input), with awkward but legitimate text. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createDraft, loadDraft, saveStep } from "@/lib/referrals/draft";
import { draftTokenHash } from "@/lib/referrals/draft-cookie";
import { CONSENT_VERSION, STEP_SCHEMAS, STEP_IDS, type StepId } from "@/lib/referrals/schema";

export const ANSWERS: Record<StepId, Record<string, unknown>> = {
  "about-you": {
    fullName: "Siobhán O’Neill-Ng <script>alert(1)</script>",
    preferredName: "Shiv",
    over18: "yes",
    location: "L20 3AB",
  },
  "safe-contact": {
    contactMethods: ["phone", "email"],
    phoneNumber: "0151 496 0000",
    emailAddress: "victim@example.com",
    emailConfirmation: "yes",
    safeTimes: "Weekdays after 6pm",
    messageSafe: "no",
    someoneElse: "yes",
    safeWord: "bluebell",
  },
  "what-happened": {
    crimeType: "burglary",
    whenKnown: "yes",
    month: "3",
    year: "2024",
    area: "Bootle",
    reportedToPolice: "yes",
    crimeReference: "MP/24/0001234",
    description: "They broke in & took <things>",
  },
  "person-responsible": { knowWho: "yes", admitted: "notSure", justiceStage: "inPrison" },
  "what-you-would-like": { communicationWays: ["letter", "video"], anythingElse: "Please call after 6pm" },
  support: {
    interpreter: "yes",
    interpreterLanguage: "Polish",
    accessibilityNeeds: "Large print",
    otherServices: "",
    heardAbout: "leaflet",
  },
};

/** Makes a draft with every step answered; returns its token and token hash. */
export async function completeDraft(
  prisma: PrismaClient,
  changes: Partial<Record<StepId, Record<string, unknown>>> = {},
): Promise<{ token: string; tokenHash: string }> {
  const token = await createDraft(prisma, CONSENT_VERSION);
  for (const step of STEP_IDS) {
    const draft = (await loadDraft(prisma, token))!;
    const parsed = STEP_SCHEMAS[step].parse({ ...ANSWERS[step], ...changes[step] });
    await saveStep(prisma, draft, step, parsed as Record<string, unknown>);
  }
  return { token, tokenHash: draftTokenHash(token) };
}
