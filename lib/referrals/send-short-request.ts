/**
 * Turns a short request in another language into a referral, in one
 * transaction with its count against the limits (the worker queues its email
 * to the provider a moment later: delivery/queue-new-referrals.ts). The form's one-time token (made
 * when the page was drawn) is its idempotency key: sending the same form twice
 * finds the referral the first send made.
 *
 * Only what was asked is stored: the person's name and safe contact, and that
 * they need an interpreter in their language. The rest of the journey's
 * questions were not asked; staff ask them, with the interpreter.
 */
import "server-only";
import type { Database, SqlRunner } from "@/lib/db";
import { languageOf, type LanguageCode } from "@/lib/languages";
import { draftTokenHash } from "./draft-cookie";
import { insertReferral, type Inserted } from "./insert-referral";
import { NOT_ASKED } from "./options";
import { CONSENT_VERSION } from "./schema";
import type { ShortAnswers } from "./short-request";

export async function sendShortRequest(
  database: Pick<Database, "withWriteTransaction">,
  input: {
    answers: ShortAnswers;
    language: LanguageCode;
    token: string;
    firstContactWorkingDays: number;
    /** Counts a new request against the limits, last in the transaction (journey-limits.ts countSend). */
    countSend?: (tx: SqlRunner) => Promise<void>;
  },
  now = new Date(),
): Promise<Inserted> {
  const a = input.answers;
  const answers = {
    "about-you": { fullName: a.name, over18: "yes" },
    "safe-contact": {
      contactMethods: a.contactMethods,
      phoneNumber: a.phoneNumber,
      emailAddress: a.emailAddress,
      emailConfirmation: false,
      safeTimes: a.safeTimes,
      messageSafe: a.messageSafe,
      someoneElse: a.someoneElse,
    },
    support: { interpreter: "yes", interpreterLanguage: languageOf(input.language)!.english },
  };
  return database.withWriteTransaction(async (tx) => {
    const made = await insertReferral(tx, {
      now,
      consentGivenAt: now,
      // Which words they agreed to: the consent of that language's page.
      consentVersion: `${CONSENT_VERSION}-${input.language}`,
      answers,
      crimeType: NOT_ASKED,
      sensitive: false,
      heardAbout: null,
      askedBy: "self",
      askedIn: input.language,
      idempotencyKey: draftTokenHash(input.token),
      wantsConfirmation: false,
      firstContactWorkingDays: input.firstContactWorkingDays,
    });
    if (made.alreadySubmitted) return made;
    await input.countSend?.(tx);
    return made;
  });
}
