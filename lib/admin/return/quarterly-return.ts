/**
 * Reads the commissioner's quarterly return from the database and writes its
 * CSV. Administrators only (the figures permission); the download is audited.
 * Live referrals received in the quarter, and the anonymous figures kept for
 * erased ones (counted as received, by source and type, area not known, as
 * far as their figures go).
 */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission, type AuthorisedStaff } from "@/lib/auth/policy";
import { csvRecords, UTF8_BOM } from "@/lib/admin/export/csv";
import { buildReturn, shareWords, suppressed, type QuarterlyReturn, type ReturnCase } from "./return-figures";
import type { Quarter } from "./quarters";
import { shareWords as surveyShareWords, type ChangeFigure } from "@/lib/survey/statistics";
import { readSurveyFigures, STUDIES, type SurveyFigures } from "@/lib/admin/survey/survey-figures";

export async function readQuarterlyReturn(
  prisma: PrismaClient,
  admin: AuthorisedStaff,
  quarter: Quarter,
  now = new Date(),
): Promise<QuarterlyReturn> {
  requirePermission(admin, "figures.read");
  const [live, erased, sessions] = await Promise.all([
    prisma.referral.findMany({
      where: { createdAt: { gte: quarter.from, lt: quarter.to } },
      select: {
        createdAt: true,
        crimeType: true,
        heardAbout: true,
        answers: true,
        status: true,
        closureReason: true,
        firstContactAt: true,
        firstChosenAttemptAt: true,
        firstSpokenAt: true,
        firstContactDueAt: true,
        events: { where: { toStatus: { in: ["ASSESSING", "IN_PROGRESS"] } }, select: { id: true }, take: 1 },
        sessions: { where: { type: "ASSESSMENT", happened: true }, select: { id: true }, take: 1 },
        responsiblePerson: { select: { consentGivenOn: true } },
        outcome: { select: { delivered: true, whyNot: true } },
        agreementItems: { select: { status: true } },
      },
    }),
    prisma.referralFigure.findMany({
      where: {
        receivedMonth: {
          gte: new Date(`${quarter.firstDay}T00:00:00Z`),
          lte: new Date(`${quarter.lastDay}T00:00:00Z`),
        },
      },
    }),
    prisma.caseSession.findMany({
      where: { startsAt: { gte: quarter.from, lt: quarter.to } },
      select: { type: true, happened: true, safeguardingRaised: true },
    }),
  ]);
  const cases: ReturnCase[] = [
    ...live.map((r) => ({
      createdAt: r.createdAt,
      crimeType: r.crimeType,
      heardAbout: r.heardAbout,
      location: (r.answers as { "about-you"?: { location?: unknown } } | null)?.["about-you"]?.location,
      status: r.status,
      closureReason: r.closureReason,
      firstContactAt: r.firstContactAt,
      firstChosenAttemptAt: r.firstChosenAttemptAt,
      firstSpokenAt: r.firstSpokenAt,
      firstContactDueAt: r.firstContactDueAt,
      reachedAssessing:
        r.status === "ASSESSING" || r.status === "IN_PROGRESS" || r.events.length > 0 || r.sessions.length > 0,
      responsibleConsented: r.responsiblePerson?.consentGivenOn != null,
      outcome: r.outcome,
      agreement: r.agreementItems,
    })),
    // What is kept of an erased referral: whether it was tried and spoken to, and how it closed.
    ...erased.map((f) => ({
      createdAt: f.receivedMonth,
      crimeType: f.crimeType,
      heardAbout: f.heardAbout,
      location: null,
      status: f.status,
      closureReason: f.closureReason,
      firstContactAt: f.workingDaysToFirstAttempt !== null || f.hoursToFirstContact !== null ? f.receivedMonth : null,
      firstChosenAttemptAt: null,
      firstSpokenAt: f.workingDaysToFirstSpoken !== null ? f.receivedMonth : null,
      firstContactDueAt: null,
      reachedAssessing: f.status === "ASSESSING" || f.status === "IN_PROGRESS",
      responsibleConsented: false,
      outcome: null,
      agreement: [],
      erased: true,
    })),
  ];
  return buildReturn(cases, sessions, now);
}

/** The return as CSV rows, counts under 5 suppressed: it may be published. */
export function returnRows(figures: QuarterlyReturn, quarter: Quarter): string[][] {
  const rows: string[][] = [["Quarter", "Section", "What", "Value"]];
  const add = (section: string, what: string, value: string) => rows.push([quarter.label, section, what, value]);
  add("Referrals", "Received", suppressed(figures.received));
  for (const [section, counts] of [
    ["Referrals by how they heard about the service", figures.bySource],
    ["Referrals by type of crime or harm", figures.byCrimeType],
    ["Referrals by area", figures.byArea],
  ] as const)
    for (const c of counts) add(section, c.label, suppressed(c.count));
  for (const step of figures.funnel) {
    add("From referral to restorative justice", step.step, suppressed(step.count));
    for (const stop of step.stoppedHere)
      add("Went no further than this", `${step.step}: ${stop.label}`, suppressed(stop.count));
  }
  add("Restorative justice delivered", "Directly (a meeting)", suppressed(figures.delivered.direct));
  add(
    "Restorative justice delivered",
    "Indirectly (shuttle, letters, a recording)",
    suppressed(figures.delivered.indirect),
  );
  add("First contact", "First try by a way they chose, within the promise", shareWords(figures.withinPromise));
  add("First contact", "Spoken to within five working days", shareWords(figures.spokenWithinFive));
  for (const c of figures.sessionsByType) add("Sessions that took place", c.label, suppressed(c.count));
  add("Safeguarding", "Concerns raised at sessions", suppressed(figures.safeguardingConcerns));
  return rows;
}

/** What people said after their case, as the download's rows (groups under 5 not shown). */
export function surveyRows(survey: SurveyFigures, quarter: Quarter): string[][] {
  const section = "What people said after their case";
  const row = (what: string, value: string) => [quarter.label, section, what, value];
  const change = (figure: ChangeFigure) =>
    figure.shown
      ? `${figure.change.toFixed(1)} (from ${figure.before.toFixed(1)} to ${figure.after.toFixed(1)}), ${figure.n} people`
      : "too few answers to show";
  return [
    row("Satisfied or very satisfied", surveyShareWords(survey.satisfied)),
    row("Satisfied: the national studies", `${Math.round(STUDIES.satisfied * 100)}%`),
    row("Would recommend", surveyShareWords(survey.recommend)),
    row("Would recommend: the national studies", `${Math.round(STUDIES.recommend * 100)}%`),
    ...survey.byDelivery.flatMap((g) => [
      row(`Satisfied, ${g.group.toLowerCase()}`, surveyShareWords(g.satisfied)),
      row(`Would recommend, ${g.group.toLowerCase()}`, surveyShareWords(g.recommend)),
    ]),
    row("Change in fear that it will happen again (0 to 10)", change(survey.change.fear)),
    row("Change in anger (0 to 10)", change(survey.change.anger)),
    row("Change in coping (0 to 10)", change(survey.change.coping)),
    row("Response rate", surveyShareWords(survey.responseRate).replace("people", "cases closed")),
  ];
}

export async function quarterlyReturnCsv(
  prisma: PrismaClient,
  admin: AuthorisedStaff,
  quarter: Quarter,
  ipAddress?: string,
): Promise<string> {
  const figures = await readQuarterlyReturn(prisma, admin, quarter);
  const survey = await readSurveyFigures(prisma, admin, quarter);
  await recordAudit(prisma, {
    action: "export.quarterly-return",
    actorId: admin.userId,
    ipAddress,
    details: { quarter: quarter.value },
  });
  return UTF8_BOM + csvRecords([...returnRows(figures, quarter), ...surveyRows(survey, quarter)]);
}
