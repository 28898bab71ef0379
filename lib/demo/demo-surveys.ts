/**
 * Cases for trying the survey after a case, for `npm run db:seed`: closed
 * some weeks ago after staff reached the person, each at another point of
 * being asked. Two gave an email and said messages are safe: one not asked yet
 * (its invitation goes when the service starts, into .data/mail/), one invited
 * three weeks ago (its one reminder goes). One gave an email but said messages
 * are not safe: never emailed, offered in "Manage your request". One answered
 * online, at the start and after; one said no thanks.
 */
import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toJson } from "@/lib/db/json";
import { contactColumns } from "@/lib/referrals/contact-columns";
import { generateUniqueReference } from "@/lib/referrals/reference";
import { storedAnswers } from "./demo-referrals";

const DAY = 24 * 3600_000;

/** [demo person (their answers: n % 6 === 3 gave a safe email, n % 6 === 0 an email not safe for messages), weeks since closing, state]. */
const CASES = [
  [33, 8, "not asked yet"],
  [39, 9, "invited"],
  [36, 8, "no safe email"],
  [34, 10, "answered"],
  [35, 9, "declined"],
] as const;

export async function seedSurveyCases(prisma: PrismaClient, staffId: string, now = new Date()): Promise<number> {
  for (const [n, weeks, state] of CASES) {
    const answers = storedAnswers(n);
    const closedAt = new Date(now.getTime() - weeks * 7 * DAY);
    const createdAt = new Date(closedAt.getTime() - 60 * DAY);
    const spokenAt = new Date(createdAt.getTime() + 2 * DAY);
    const referral = await prisma.referral.create({
      data: {
        reference: await generateUniqueReference(
          async (candidate) => (await prisma.referral.count({ where: { reference: candidate } })) > 0,
        ),
        status: "CLOSED",
        createdAt,
        consentGivenAt: createdAt,
        consentVersion: "demo",
        answers: toJson(answers),
        fullName: answers["about-you"].fullName,
        crimeType: answers["what-happened"].crimeType,
        heardAbout: answers.support.heardAbout ?? null,
        ...contactColumns(answers["safe-contact"]),
        idempotencyKey: randomBytes(32).toString("hex"),
        providerEmailStatus: "SENT",
        providerEmailAttempts: 1,
        providerEmailSentAt: createdAt,
        firstContactAt: spokenAt,
        firstChosenAttemptAt: spokenAt,
        firstSpokenAt: spokenAt,
        assignedToId: staffId,
        closureReason: "completed",
        closedAt,
        version: 2,
        events: {
          create: [
            { type: "CONTACT_ATTEMPT", at: spokenAt, actorId: staffId, channel: "email", outcome: "spokeToVictim" },
            {
              type: "STATUS_CHANGED",
              at: closedAt,
              actorId: staffId,
              fromStatus: "IN_PROGRESS",
              toStatus: "CLOSED",
              closureReason: "completed",
            },
          ],
        },
        outcome: {
          create: {
            delivered: n % 2 ? "LETTERS" : "FACE_TO_FACE",
            deliveredOn: new Date(`${new Date(closedAt.getTime() - 14 * DAY).toISOString().slice(0, 10)}T00:00:00Z`),
            tookPart: ["victim", "responsible"],
            wishesMet: "yes",
            recordedById: staffId,
            recordedAt: closedAt,
          },
        },
      },
      select: { id: true },
    });
    if (state === "invited")
      await prisma.surveyAsk.create({
        data: { referralId: referral.id, emailedAt: new Date(now.getTime() - 21 * DAY) },
      });
    if (state === "declined")
      await prisma.surveyAsk.create({ data: { referralId: referral.id, declinedAt: closedAt } });
    if (state === "answered") {
      const pairId = randomUUID();
      await prisma.wellbeingAnswer.createMany({
        data: [
          {
            referralId: referral.id,
            stage: "start",
            via: "online",
            pairId,
            fear: 7,
            anger: 8,
            coping: 4,
            answeredAt: spokenAt,
          },
          {
            referralId: referral.id,
            stage: "after",
            via: "online",
            pairId,
            fear: 4,
            anger: 5,
            coping: 6,
            satisfaction: 4,
            recommend: "yes",
            listened: "yes",
            prepared: "partly",
            safe: "yes",
            answeredAt: new Date(closedAt.getTime() + 43 * DAY),
          },
        ],
      });
    }
  }
  return CASES.length;
}
