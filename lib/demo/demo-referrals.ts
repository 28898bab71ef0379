/**
 * Made-up referrals for `npm run db:seed`: enough, and varied enough, that a
 * new developer or a provider trying the service sees a working inbox at once
 * (every status, several kinds of harm, some assigned, some sensitive, some
 * overdue). Every answer goes through the journey's own schemas, so the pages
 * show them exactly as real ones. Names and numbers are invented (Ofcom's
 * drama numbers, example.org addresses).
 */
import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma, PrismaClient, ReferralStatus } from "@/lib/generated/prisma/client";
import { toJson } from "@/lib/db/json";
import { referralAnswersSchema, type StepId } from "@/lib/referrals/schema";
import { SENSITIVE_CRIME_TYPES } from "@/lib/referrals/options";
import { generateUniqueReference } from "@/lib/referrals/reference";
import { addWorkingDays } from "@/lib/referrals/working-days";
import { contactColumns } from "@/lib/referrals/contact-columns";

const FIRST = ["Amira", "Ben", "Chloe", "Dev", "Erin", "Femi", "Grace", "Harry", "Isla", "Jay", "Kasia", "Liam", "Mei", "Noah", "Orla", "Priya", "Quinn", "Rhys", "Sana", "Tom"];
const LAST = ["Ahmed", "Byrne", "Clarke", "Doyle", "Evans", "Fraser", "Green", "Hughes", "Iqbal", "Jones", "Kowalski", "Lee", "Murphy", "Nolan", "Okafor"];
const CRIMES = ["burglary", "theft", "violence", "criminalDamage", "antisocialBehaviour", "harassment", "hateCrime", "domesticAbuse", "fraud", "robbery"];
const AREAS = ["Bootle", "Birkenhead", "Kirkby", "Liverpool city centre", "St Helens", "Southport", "Wallasey", "Huyton"];
const HEARD = ["police", "victimCare", "justiceService", "friendOrFamily", "online", "leaflet"];
const STAGES = ["notReported", "investigation", "charged", "convicted", "inPrison", "onProbation", "communityResolution", "notSure"];

/** Status, and for closed ones the reason: about a third new, the rest spread along the way. */
const PLAN: Array<[ReferralStatus, string | null]> = [
  ...Array.from({ length: 12 }, () => ["NEW", null] as [ReferralStatus, null]),
  ...Array.from({ length: 9 }, () => ["CONTACTING", null] as [ReferralStatus, null]),
  ...Array.from({ length: 6 }, () => ["ASSESSING", null] as [ReferralStatus, null]),
  ...Array.from({ length: 5 }, () => ["IN_PROGRESS", null] as [ReferralStatus, null]),
  ["CLOSED", "completed"], ["CLOSED", "completed"], ["CLOSED", "victimWithdrew"], ["CLOSED", "unsuitable"], ["CLOSED", "otherPartyUnwilling"], ["CLOSED", "unableToContact"],
];

function answersFor(n: number): Record<StepId, Record<string, unknown>> {
  const first = FIRST[n % FIRST.length]!;
  const last = LAST[(n * 7) % LAST.length]!;
  const phone = `07700 900${String(100 + n).slice(-3)}`;
  const byEmail = n % 3 === 0;
  return {
    "about-you": { fullName: `${first} ${last}`, preferredName: n % 4 === 0 ? first : "", over18: "yes", location: AREAS[n % AREAS.length]! },
    "safe-contact": {
      contactMethods: byEmail ? ["email"] : n % 3 === 1 ? ["phone", "text"] : ["phone"],
      phoneNumber: byEmail ? "" : phone,
      mobileNumber: n % 3 === 1 ? phone : "",
      emailAddress: byEmail ? `${first.toLowerCase()}.${last.toLowerCase()}@example.org` : "",
      emailConfirmation: byEmail ? "yes" : "",
      safeTimes: ["Weekdays after 6pm", "Mornings only", "Any time", "Not at weekends"][n % 4]!,
      messageSafe: n % 2 ? "yes" : "no",
      someoneElse: ["no", "yes", "notSure"][n % 3]!,
      safeWord: n % 5 === 0 ? "bluebell" : "",
    },
    "what-happened": {
      crimeType: CRIMES[n % CRIMES.length]!, whenKnown: n % 3 ? "yes" : "notSure", month: String((n % 12) + 1), year: "2025",
      area: AREAS[(n + 3) % AREAS.length]!, reportedToPolice: n % 4 ? "yes" : "notSure", crimeReference: n % 4 ? `MP/25/${String(4000 + n * 37)}` : "",
      description: n % 2 ? "It has been on my mind since it happened, and I would like them to understand what it did to us." : "",
    },
    "person-responsible": { knowWho: n % 5 ? "yes" : "notSure", admitted: ["yes", "notSure", "no"][n % 3]!, justiceStage: STAGES[n % STAGES.length]! },
    "what-you-would-like": { communicationWays: [["meeting"], ["letter"], ["letter", "video"], ["notSure"]][n % 4]!, anythingElse: n % 3 ? "" : "I would like someone with me." },
    support: { interpreter: n % 9 === 4 ? "yes" : "no", interpreterLanguage: n % 9 === 4 ? "Polish" : "", accessibilityNeeds: n % 7 === 2 ? "Large print, please" : "", otherServices: "", heardAbout: HEARD[n % HEARD.length]! },
  };
}

/** What the journey would have stored: the answers as its schema reads them. */
function storedAnswers(n: number) {
  return referralAnswersSchema.parse(answersFor(n));
}

export type DemoStaff = { adminId: string; staffId: string };

/** Writes the demo referrals with their timelines; returns how many. */
export async function seedDemoReferrals(prisma: PrismaClient, staff: DemoStaff, now = new Date()): Promise<number> {
  for (const [n, [status, closureReason]] of PLAN.entries()) {
    const answers = storedAnswers(n);
    const createdAt = new Date(now.getTime() - (PLAN.length - n) * 1.7 * 24 * 3600_000);
    const crimeType = answers["what-happened"].crimeType;
    const assignee = status === "NEW" ? (n % 4 === 0 ? staff.staffId : null) : n % 2 ? staff.staffId : staff.adminId;
    const contacted = status !== "NEW" && !(status === "CLOSED" && closureReason === "unableToContact");
    const firstContactAt = contacted ? new Date(createdAt.getTime() + (20 + n) * 3600_000) : null;
    const events: Prisma.ReferralEventCreateWithoutReferralInput[] = [];
    const at = (hours: number) => new Date(createdAt.getTime() + hours * 3600_000);
    const actor = { connect: { id: assignee ?? staff.adminId } };
    if (assignee) events.push({ type: "ASSIGNED", at: at(2), actor, assignedToId: assignee });
    if (firstContactAt) {
      events.push({ type: "STATUS_CHANGED", at: at(3), actor, fromStatus: "NEW", toStatus: "CONTACTING" });
      events.push({ type: "CONTACT_ATTEMPT", at: firstContactAt, actor, channel: "phone", outcome: n % 3 ? "spokeToVictim" : "noAnswer", text: n % 3 ? null : "Tried at the safe time; no answer, no message left." });
    }
    if (["ASSESSING", "IN_PROGRESS"].includes(status) || (status === "CLOSED" && contacted)) events.push({ type: "STATUS_CHANGED", at: at(60), actor, fromStatus: "CONTACTING", toStatus: "ASSESSING" });
    if (status === "IN_PROGRESS") events.push({ type: "NOTE", at: at(90), actor, text: "Preparing a letter exchange; the person wants to read a draft first." });
    const closedAt = status === "CLOSED" ? at(24 * 9) : null;
    if (status === "CLOSED") events.push({ type: "STATUS_CHANGED", at: closedAt!, actor, fromStatus: contacted ? "ASSESSING" : "NEW", toStatus: "CLOSED", closureReason });

    await prisma.referral.create({
      data: {
        reference: await generateUniqueReference(async (candidate) => (await prisma.referral.count({ where: { reference: candidate } })) > 0),
        status,
        createdAt,
        consentGivenAt: createdAt,
        consentVersion: "demo",
        answers: toJson(answers),
        fullName: answers["about-you"].fullName,
        crimeType,
        heardAbout: answers.support.heardAbout ?? null,
        sensitive: SENSITIVE_CRIME_TYPES.includes(crimeType),
        ...contactColumns(answers["safe-contact"]),
        idempotencyKey: randomBytes(32).toString("hex"),
        providerEmailStatus: "SENT",
        providerEmailAttempts: 1,
        providerEmailSentAt: createdAt,
        firstContactDueAt: addWorkingDays(createdAt, 2),
        firstContactAt,
        assignedTo: assignee ? { connect: { id: assignee } } : undefined,
        closureReason,
        closedAt,
        version: events.length,
        events: { create: events },
      },
    });
  }
  return PLAN.length;
}
