/**
 * Made-up referrals for `npm run db:seed`: enough, and varied enough, that a
 * new developer or a provider trying the service sees a working inbox at once
 * (every status, several kinds of harm, some assigned, some sensitive, next
 * steps overdue, due today and later, one paused by the person, one with new
 * contact details, and two withdrawn online, one of them with deletion asked for). Every answer goes through the journey's own schemas, so the pages
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
import { addWorkingDays, addWorkingDaysToDay, isWorkingDay } from "@/lib/referrals/working-days";
import { ukDay } from "@/lib/dates";
import { contactColumns } from "@/lib/referrals/contact-columns";

const FIRST = [
  "Amira",
  "Ben",
  "Chloe",
  "Dev",
  "Erin",
  "Femi",
  "Grace",
  "Harry",
  "Isla",
  "Jay",
  "Kasia",
  "Liam",
  "Mei",
  "Noah",
  "Orla",
  "Priya",
  "Quinn",
  "Rhys",
  "Sana",
  "Tom",
];
const LAST = [
  "Ahmed",
  "Byrne",
  "Clarke",
  "Doyle",
  "Evans",
  "Fraser",
  "Green",
  "Hughes",
  "Iqbal",
  "Jones",
  "Kowalski",
  "Lee",
  "Murphy",
  "Nolan",
  "Okafor",
];
const CRIMES = [
  "burglary",
  "theft",
  "violence",
  "criminalDamage",
  "antisocialBehaviour",
  "harassment",
  "hateCrime",
  "domesticAbuse",
  "fraud",
  "robbery",
];
const AREAS = [
  "Bootle",
  "Birkenhead",
  "Kirkby",
  "Liverpool city centre",
  "St Helens",
  "Southport",
  "Wallasey",
  "Huyton",
];
const HEARD = ["police", "victimCare", "justiceService", "friendOrFamily", "online", "leaflet"];
const STAGES = [
  "notReported",
  "investigation",
  "charged",
  "convicted",
  "inPrison",
  "onProbation",
  "communityResolution",
  "notSure",
];

/** Status, and for closed ones the reason: about a third new, the rest spread along the way. */
const PLAN: Array<[ReferralStatus, string | null]> = [
  ...Array.from({ length: 12 }, () => ["NEW", null] as [ReferralStatus, null]),
  ...Array.from({ length: 9 }, () => ["CONTACTING", null] as [ReferralStatus, null]),
  ...Array.from({ length: 6 }, () => ["ASSESSING", null] as [ReferralStatus, null]),
  ...Array.from({ length: 5 }, () => ["IN_PROGRESS", null] as [ReferralStatus, null]),
  ["CLOSED", "completed"],
  ["CLOSED", "completed"],
  ["CLOSED", "victimWithdrew"],
  ["CLOSED", "unsuitable"],
  ["CLOSED", "otherPartyUnwilling"],
  ["CLOSED", "unableToContact"],
];

/** What the person did online, for a few of them (by position in PLAN). */
const PAUSED = 5; // NEW, paused for three weeks
const CONTACT_CHANGED = 14; // CONTACTING, new details
const WITHDRAWN = 10; // NEW, withdrawn online
const WITHDRAWN_WITH_DELETION = 11; // NEW, withdrawn online with deletion asked for

/** Next steps written by a caseworker, for the cases past first contact: [what, working days from today]. */
const NEXT_STEPS: Array<[string, number]> = [
  ["Phone to talk through what a meeting would involve", -2],
  ["Send the leaflet on letter exchanges", 0],
  ["Ask the offender manager whether the person responsible is willing", 3],
  ["Agree a date for the preparation meeting", 0],
  ["Check in after their appointment", -1],
  ["Draft the letter together", 5],
];

function answersFor(n: number): Record<StepId, Record<string, unknown>> {
  const first = FIRST[n % FIRST.length]!;
  const last = LAST[(n * 7) % LAST.length]!;
  const phone = `07700 900${String(100 + n).slice(-3)}`;
  const byEmail = n % 3 === 0;
  return {
    "about-you": {
      fullName: `${first} ${last}`,
      preferredName: n % 4 === 0 ? first : "",
      over18: "yes",
      location: AREAS[n % AREAS.length]!,
    },
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
      crimeType: CRIMES[n % CRIMES.length]!,
      whenKnown: n % 3 ? "yes" : "notSure",
      month: String((n % 12) + 1),
      year: "2025",
      area: AREAS[(n + 3) % AREAS.length]!,
      reportedToPolice: n % 4 ? "yes" : "notSure",
      crimeReference: n % 4 ? `MP/25/${String(4000 + n * 37)}` : "",
      description:
        n % 2 ? "It has been on my mind since it happened, and I would like them to understand what it did to us." : "",
    },
    "person-responsible": {
      knowWho: n % 5 ? "yes" : "notSure",
      admitted: ["yes", "notSure", "no"][n % 3]!,
      justiceStage: STAGES[n % STAGES.length]!,
    },
    "what-you-would-like": {
      communicationWays: [["meeting"], ["letter"], ["letter", "video"], ["notSure"]][n % 4]!,
      anythingElse: n % 3 ? "" : "I would like someone with me.",
    },
    support: {
      interpreter: n % 9 === 4 ? "yes" : "no",
      interpreterLanguage: n % 9 === 4 ? "Polish" : "",
      accessibilityNeeds: n % 7 === 2 ? "Large print, please" : "",
      otherServices: "",
      heardAbout: HEARD[n % HEARD.length]!,
    },
  };
}

/** What the journey would have stored for demo person `n`: the answers as its schema reads them. */
export function storedAnswers(n: number) {
  return referralAnswersSchema.parse(answersFor(n));
}

/** A UK day moved by working days (back as well as on), as the DATE column holds it. */
function ukDayAsDate(day: string, workingDays: number): Date {
  let result = workingDays >= 0 ? addWorkingDaysToDay(day, workingDays) : day;
  for (let back = 0; back < -workingDays;) {
    result = new Date(Date.parse(`${result}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    if (isWorkingDay(result)) back += 1;
  }
  return new Date(`${result}T00:00:00Z`);
}

/** The columns and timeline entry of what the person did online, for the few that did. */
function personState(
  n: number,
  now: Date,
  status: ReferralStatus,
): { columns: Partial<Prisma.ReferralCreateInput>; event?: Prisma.ReferralEventCreateWithoutReferralInput } {
  const at = new Date(now.getTime() - 26 * 3600_000);
  if (n === PAUSED) {
    // As a pause set online does: first contact and the next step move to the day it ends.
    const until = new Date(now.getTime() + 21 * 86_400_000);
    return {
      columns: {
        pausedUntil: until,
        pauseReason: "Waiting until after the trial",
        personChangeUnseenAt: at,
        firstContactDueAt: addWorkingDays(until, 2),
        nextStepDue: new Date(`${ukDay(addWorkingDays(until, 2))}T00:00:00Z`),
      },
      event: {
        type: "PAUSED_BY_PERSON",
        at,
        text: "Do not contact them for three weeks.\nTheir reason: Waiting until after the trial",
      },
    };
  }
  if (n === CONTACT_CHANGED) {
    return {
      columns: { contactChangedAt: at, personChangeUnseenAt: at },
      event: { type: "CHANGED_BY_PERSON", at, text: "Before the change:\nWays to contact you: Phone call" },
    };
  }
  if (n === WITHDRAWN || n === WITHDRAWN_WITH_DELETION) {
    const erase = n === WITHDRAWN_WITH_DELETION;
    return {
      columns: {
        status: "CLOSED",
        closureReason: "withdrawnByPerson",
        closedAt: at,
        withdrawnAt: at,
        erasureRequestedAt: erase ? at : null,
        personChangeUnseenAt: at,
        nextStep: null,
        nextStepDue: null,
      },
      event: {
        type: "WITHDRAWN_BY_PERSON",
        at,
        fromStatus: status,
        toStatus: "CLOSED",
        closureReason: "withdrawnByPerson",
        text: erase ? "They asked for what they told us to be deleted." : null,
      },
    };
  }
  return { columns: {} };
}

export type DemoStaff = { adminId: string; staffId: string };

/** Writes the demo referrals with their timelines; returns how many. */
export async function seedDemoReferrals(prisma: PrismaClient, staff: DemoStaff, now = new Date()): Promise<number> {
  for (const [n, [status, closureReason]] of PLAN.entries()) {
    const answers = storedAnswers(n);
    // Closed cases are the oldest (closed nine days after they came in, so never in the future); the rest came in
    // over the last few weeks, the newest last.
    const daysAgo = (PLAN.length - n) * 1.7 + (status === "CLOSED" ? 20 : 0);
    const createdAt = new Date(now.getTime() - daysAgo * 24 * 3600_000);
    const crimeType = answers["what-happened"].crimeType;
    const assignee = status === "NEW" ? (n % 4 === 0 ? staff.staffId : null) : n % 2 ? staff.staffId : staff.adminId;
    const contacted = status !== "NEW" && !(status === "CLOSED" && closureReason === "unableToContact");
    const firstContactAt = contacted ? new Date(createdAt.getTime() + (20 + n) * 3600_000) : null;
    // Tried by the first way they chose; spoken to when they answered.
    const channel = answers["safe-contact"].contactMethods[0]!;
    const spoke = contacted && n % 3 !== 0;
    const open = status !== "CLOSED";
    const events: Prisma.ReferralEventCreateWithoutReferralInput[] = [];
    const at = (hours: number) => new Date(createdAt.getTime() + hours * 3600_000);
    const actor = { connect: { id: assignee ?? staff.adminId } };
    if (assignee) events.push({ type: "ASSIGNED", at: at(2), actor, assignedToId: assignee });
    if (firstContactAt) {
      events.push({ type: "STATUS_CHANGED", at: at(3), actor, fromStatus: "NEW", toStatus: "CONTACTING" });
      events.push({
        type: "CONTACT_ATTEMPT",
        at: firstContactAt,
        actor,
        channel,
        outcome: spoke ? "spokeToVictim" : "noAnswer",
        text: spoke ? null : "Tried at the safe time; no answer, no message left.",
      });
    }
    const written = open && contacted ? NEXT_STEPS[n % NEXT_STEPS.length]! : null;
    const nextStepDue = !open
      ? null
      : written
        ? ukDayAsDate(ukDay(now), written[1])
        : ukDayAsDate(ukDay(addWorkingDays(createdAt, 2)), 0);
    if (written) events.push({ type: "NEXT_STEP_SET", at: at(70), actor, text: written[0] });
    if (["ASSESSING", "IN_PROGRESS"].includes(status) || (status === "CLOSED" && contacted))
      events.push({ type: "STATUS_CHANGED", at: at(60), actor, fromStatus: "CONTACTING", toStatus: "ASSESSING" });
    if (status === "IN_PROGRESS")
      events.push({
        type: "NOTE",
        at: at(90),
        actor,
        text: "Preparing a letter exchange; the person wants to read a draft first.",
      });
    const closedAt = status === "CLOSED" ? at(24 * 9) : null;
    if (status === "CLOSED")
      events.push({
        type: "STATUS_CHANGED",
        at: closedAt!,
        actor,
        fromStatus: contacted ? "ASSESSING" : "NEW",
        toStatus: "CLOSED",
        closureReason,
      });
    const person = personState(n, now, status);
    if (person.event) events.push(person.event);
    // Cases being assessed or worked on have the person responsible's own record, kept apart.
    const responsible =
      assignee && ["ASSESSING", "IN_PROGRESS"].includes(status)
        ? {
            create: {
              whereabouts: n % 2 ? ("PROBATION" as const) : ("PRISON" as const),
              establishment: n % 2 ? "Liverpool South probation office" : "HMP Altcourse",
              practitioner: n % 2 ? "Probation officer: Sam Jones, 0151 496 0700" : "Offender manager: Lee Carr",
              admission: status === "IN_PROGRESS" ? ("ADMITTED" as const) : ("NOT_KNOWN" as const),
              consentGivenOn: status === "IN_PROGRESS" ? new Date(`${ukDay(at(80))}T00:00:00Z`) : null,
              consentHow: status === "IN_PROGRESS" ? "In person, with their probation officer" : null,
              suitability: status === "IN_PROGRESS" ? "Assessed as suitable for a letter exchange." : null,
              version: 1,
              notes: {
                create: [
                  { at: at(75), actor: { connect: { id: assignee } }, text: "First call with their practitioner." },
                ],
              },
            },
          }
        : undefined;

    await prisma.referral.create({
      data: {
        reference: await generateUniqueReference(
          async (candidate) => (await prisma.referral.count({ where: { reference: candidate } })) > 0,
        ),
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
        firstChosenAttemptAt: firstContactAt,
        firstSpokenAt: spoke ? firstContactAt : null,
        nextStep: written?.[0] ?? null,
        nextStepDue,
        assignedTo: assignee ? { connect: { id: assignee } } : undefined,
        closureReason,
        closedAt,
        ...person.columns,
        version: events.length,
        events: { create: events },
        responsiblePerson: responsible,
      },
    });
  }
  return PLAN.length;
}
