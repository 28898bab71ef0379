/**
 * The restorative work on the demo cases, for `npm run db:seed`: sessions
 * booked and recorded on cases being worked (one today, one to come), the
 * person responsible's record, the meeting or exchange with its agreement
 * followed up on completed cases, and the stage reached and why on cases
 * closed without restorative justice. Written after the referrals, by their
 * status and closure reason, so every stage of the return has a case.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ukDateTime, ukDay } from "@/lib/dates";

const DAY = 24 * 3600_000;
const dayOf = (at: Date) => new Date(`${ukDay(at)}T00:00:00Z`);
/** A session at a UK wall-clock time, some days from `now`. */
const at = (now: Date, days: number, hours: number) =>
  ukDateTime(ukDay(new Date(now.getTime() + days * DAY)), hours, 0);

/** Why a case closed without restorative justice, as its outcome records it. */
const WITHOUT_RJ: Record<string, { stageReached: string; whyNot: string }> = {
  unableToContact: { stageReached: "notContacted", whyNot: "unableToContact" },
  victimWithdrew: { stageReached: "contacted", whyNot: "victimDeclined" },
  unsuitable: { stageReached: "assessed", whyNot: "notSuitable" },
  otherPartyUnwilling: { stageReached: "responsibleApproached", whyNot: "responsibleDenied" },
};

/**
 * Answers kept from cases already erased: anonymous rows (no case, no comment),
 * enough over the last year for the public page to show its figures.
 */
async function seedAnonymousAnswers(prisma: PrismaClient, now: Date) {
  const rows = Array.from({ length: 12 }, (_, n) => {
    const quarter = new Date(`${ukDay(new Date(now.getTime() - (60 + n * 20) * DAY)).slice(0, 7)}-01T00:00:00Z`);
    return {
      stage: "after",
      via: n % 3 ? "phone" : "online",
      answeredAt: quarter,
      closedQuarter: quarter,
      crimeType: ["burglary", "violence", "criminalDamage"][n % 3]!,
      delivered: ["FACE_TO_FACE", "SHUTTLE", "LETTERS", "FACE_TO_FACE"][n % 4]!,
      satisfaction: [5, 4, 5, 3, 4, 5, 2, 5, 4, 4, 5, 1][n]!,
      recommend: n % 5 === 3 ? "notSure" : n % 6 === 5 ? "no" : "yes",
      listened: "yes",
      prepared: n % 4 ? "yes" : "partly",
      safe: "yes",
      fear: [3, 2, 4, 5, 1, 2, 6, 3, 2, 4, 1, 7][n]!,
      anger: [2, 3, 3, 6, 2, 1, 7, 2, 3, 3, 2, 8][n]!,
      coping: [7, 8, 6, 5, 8, 9, 4, 7, 8, 6, 9, 3][n]!,
    };
  });
  await prisma.wellbeingAnswer.createMany({ data: rows });
}

export async function seedRestorativeWork(prisma: PrismaClient, adminId: string, now = new Date()): Promise<void> {
  await seedAnonymousAnswers(prisma, now);
  const cases = await prisma.referral.findMany({
    where: { status: { in: ["IN_PROGRESS", "CLOSED"] }, withdrawnAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, status: true, closureReason: true, assignedToId: true, closedAt: true },
  });
  let completed = 0;
  for (const [n, referral] of cases.entries()) {
    const by = referral.assignedToId ?? adminId;
    const happened = (type: string, when: Date, attended: string[], summary: string) =>
      prisma.caseSession.create({
        data: {
          referralId: referral.id,
          type: type as never,
          startsAt: when,
          channel: type === "PREPARATION_RESPONSIBLE" ? "IN_PERSON" : "PHONE",
          place: type === "PREPARATION_RESPONSIBLE" ? "HMP Altcourse, legal visits room" : null,
          attendees: attended,
          attended,
          happened: true,
          summary,
          bookedById: by,
          recordedById: by,
          recordedAt: when,
          version: 1,
        },
      });
    if (referral.status === "IN_PROGRESS") {
      await happened("ASSESSMENT", at(now, -20, 10), ["victim"], "Talked through what restorative justice involves.");
      await happened(
        "PREPARATION_VICTIM",
        at(now, -9, 14),
        ["victim", "victimSupporter"],
        "Went through what they want to say.",
      );
      // One to come on each, the first of them today: the sessions list marks it.
      await prisma.caseSession.create({
        data: {
          referralId: referral.id,
          type: n % 2 ? "PREPARATION_RESPONSIBLE" : "FACE_TO_FACE",
          startsAt: at(now, n === 0 ? 0 : 7 + n, 15),
          channel: "IN_PERSON",
          place: n % 2 ? "HMP Altcourse, legal visits room" : "Liverpool office, meeting room 2",
          attendees: n % 2 ? ["responsible", "practitioner"] : ["victim", "responsible", "coFacilitator"],
          interpreter: n === 2 ? "Polish" : null,
          bookedById: by,
        },
      });
      continue;
    }
    const closedAt = referral.closedAt ?? now;
    if (referral.closureReason === "completed") {
      const delivered = completed++ % 2 ? "SHUTTLE" : "FACE_TO_FACE";
      await prisma.responsiblePerson.create({
        data: {
          referralId: referral.id,
          whereabouts: "PROBATION",
          establishment: "Wirral probation office",
          admission: "ADMITTED",
          consentGivenOn: dayOf(new Date(closedAt.getTime() - 30 * DAY)),
          consentHow: "In person, with their probation officer",
          version: 1,
          notes: {
            create: [
              {
                actorId: by,
                at: new Date(closedAt.getTime() - 31 * DAY),
                text: "Met them with their probation officer.",
              },
            ],
          },
        },
      });
      await happened("PREPARATION_VICTIM", new Date(closedAt.getTime() - 25 * DAY), ["victim"], "Ready to take part.");
      await happened(
        "PREPARATION_RESPONSIBLE",
        new Date(closedAt.getTime() - 24 * DAY),
        ["responsible", "practitioner"],
        "Ready to take part.",
      );
      await happened(
        delivered,
        new Date(closedAt.getTime() - 20 * DAY),
        ["victim", "responsible"],
        "An apology was given.",
      );
      await happened("FOLLOW_UP", new Date(closedAt.getTime() - 2 * DAY), ["victim"], "Agreement checked.");
      await prisma.agreementItem.createMany({
        data: [
          { what: "Write a letter of apology", owner: "responsible", status: "DONE" },
          // The first completed case's agreement is done in full; the second's only partly.
          {
            what: "Pay towards the repair of the door",
            owner: "responsible",
            status: completed === 1 ? "DONE" : "PARTLY",
          },
        ].map((item) => ({
          ...item,
          referralId: referral.id,
          dueOn: dayOf(new Date(closedAt.getTime() - 5 * DAY)),
          checkedOn: dayOf(new Date(closedAt.getTime() - 2 * DAY)),
          addedById: by,
          version: 1,
        })),
      });
      // How they felt at the start and after: the first completed case answered both, the second only at the start.
      const pairId = randomUUID();
      await prisma.wellbeingAnswer.create({
        data: {
          referralId: referral.id,
          stage: "start",
          via: "phone",
          pairId,
          fear: 8,
          anger: 7,
          coping: 3,
          recordedById: by,
          answeredAt: new Date(closedAt.getTime() - 40 * DAY),
        },
      });
      if (completed === 1)
        await prisma.wellbeingAnswer.create({
          data: {
            referralId: referral.id,
            stage: "after",
            via: "phone",
            pairId,
            fear: 3,
            anger: 4,
            coping: 7,
            satisfaction: 5,
            recommend: "yes",
            listened: "yes",
            prepared: "yes",
            safe: "yes",
            comment: "It helped to hear them say sorry.",
            recordedById: by,
            answeredAt: now,
          },
        });
      await prisma.caseOutcome.create({
        data: {
          referralId: referral.id,
          delivered,
          deliveredOn: dayOf(new Date(closedAt.getTime() - 20 * DAY)),
          tookPart: ["victim", "responsible"],
          wishesMet: completed % 2 ? "yes" : "partly",
          recordedById: by,
          recordedAt: closedAt,
        },
      });
    } else if (referral.closureReason && WITHOUT_RJ[referral.closureReason]) {
      await prisma.caseOutcome.create({
        data: {
          referralId: referral.id,
          delivered: "NONE",
          ...WITHOUT_RJ[referral.closureReason]!,
          wishesMet: "notSaid",
          recordedById: by,
          recordedAt: closedAt,
        },
      });
    }
  }
}
