/**
 * Requests for trying issue 23's reach, for `npm run db:seed`, sent the way a
 * person would send them (so their emails are queued too, and go into
 * .data/mail/ when the service starts): one asked for by a support worker with
 * the person's agreement, and one short request in Polish. Staff see "Asked
 * for by …" and "Asked in Polish: contact with an interpreter" at the top.
 */
import "server-only";
import type { Database } from "@/lib/db";
import { ukDay } from "@/lib/dates";
import { createDraft, loadDraft, saveReferrer, saveStep } from "@/lib/referrals/draft";
import { draftTokenHash } from "@/lib/referrals/draft-cookie";
import { referrerSchema } from "@/lib/referrals/referrer";
import { CONSENT_VERSION, STEP_IDS } from "@/lib/referrals/schema";
import { sendShortRequest } from "@/lib/referrals/send-short-request";
import { shortRequestSchema } from "@/lib/referrals/short-request";
import { shortFormIn } from "@/lib/referrals/short-request-words";
import { submitReferral } from "@/lib/referrals/submit-referral";
import { translatorFor } from "@/lib/i18n/translations";
import { randomBytes } from "node:crypto";
import { storedAnswers } from "./demo-referrals";

export async function seedReachRequests(database: Database, now = new Date()): Promise<number> {
  const { prisma } = database;
  // Asked for someone else: a made-up person's answers, and who asked (a support worker).
  const answers = storedAnswers(41);
  const token = await createDraft(prisma, CONSENT_VERSION, now);
  for (const step of STEP_IDS) await saveStep(prisma, (await loadDraft(prisma, token, now))!, step, answers[step], now);
  const referrer = referrerSchema.parse({
    role: "victimSupport",
    name: "Robin Worker (demo)",
    organisation: "Victim support (demo)",
    email: "robin.worker@support.example",
    agreed: "yes",
    agreedHow: "inPerson",
    agreedOn: ukDay(new Date(now.getTime() - 2 * 86_400_000)),
    mayContactReferrer: "no",
    consent: "yes",
  });
  await saveReferrer(prisma, (await loadDraft(prisma, token, now))!, referrer, now);
  await submitReferral(database, draftTokenHash(token), { firstContactWorkingDays: 2, now });

  // A short request in Polish.
  const polish = shortRequestSchema(shortFormIn(translatorFor("pl")).messages).parse({
    name: "Ania (demo)",
    over18: "yes",
    contactMethods: ["phone"],
    phoneNumber: "07700 900 451",
    safeTimes: "Po 18:00",
    messageSafe: "no",
    someoneElse: "notSure",
    consent: "yes",
  });
  await sendShortRequest(
    database,
    { answers: polish, language: "pl", token: randomBytes(32).toString("base64url"), firstContactWorkingDays: 2 },
    now,
  );
  return 2;
}
