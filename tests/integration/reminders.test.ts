/**
 * The quiet reminders (issue 17): the morning job with an injected clock
 * queues a digest per member of staff, a notice for a pause that ended and one
 * escalation per missed first-contact promise; the real worker sends them to
 * a real SMTP listener; none carries an answer, a name or a crime word. The
 * assignment email and the person's change named in the subject too. On both databases.
 */
import { startQueue, startWorker, type RunningWorker } from "@/lib/background-jobs";
import type { PgBoss } from "pg-boss";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { ukDay } from "@/lib/dates";
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";

import { QUEUE } from "@/lib/background-jobs";
import { MORNING_REMINDERS_SCHEDULE } from "@/lib/workspace/reminders";

import { pauseRequest } from "@/lib/person/requests";
import { addWorkingDays } from "@/lib/referrals/working-days";
import { assignReferral } from "@/lib/workspace/assign-referral";
import { queueMorningReminders } from "@/lib/workspace/reminders";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { insertReferral } from "../support/referral-rows";
import { startSmtpListener, type SmtpListener } from "../support/smtp-listener";
import { waitFor } from "../support/wait";
import { testWorkerSettings } from "../support/worker-settings";
import { signedInStaff } from "../support/staff-fixtures";
import { personSessionFor } from "../support/person-session";

const SETTINGS = { firstContactPromise: "attempt" as const, firstContactEscalationWorkingDays: 2 };
/** Words that must never be in a staff reminder: the person's name, answers and crime words. */
const NEVER = ["Reminder Person", "burglary", "Burglary", "0151 496 0000", "victim@example.com", "bluebell", "crime"];

describe.each(BACKENDS)("the reminders (%s)", (kind) => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let boss: PgBoss;
  let worker: RunningWorker;
  let smtp: SmtpListener;
  let caseworker: AuthorisedStaff;
  let admin: AuthorisedStaff;

  const mailTo = (address: string) =>
    smtp.received.filter((m) => m.text !== undefined && JSON.stringify(m.to).includes(address));

  beforeAll(async () => {
    smtp = await startSmtpListener();
    backend = await openBackend(kind, `reminders_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
    boss = await startQueue(backend.db);
    worker = await startWorker(boss, backend.db, testWorkerSettings(backend.settings.dataDir, { smtpUrl: smtp.url }), {
      pollingIntervalSeconds: 0.5,
    });
    caseworker = await signedInStaff(prisma, "STAFF", "casey@provider.example");
    admin = await signedInStaff(prisma, "ADMIN", "ada@provider.example");
  }, 60_000);
  afterAll(async () => {
    await worker.stop();
    await boss.stop({ graceful: false, timeout: 1000 });
    await backend.cleanUp();
    await smtp.close();
  });

  it("is scheduled for 7am UK time", async () => {
    expect(await boss.getSchedules(QUEUE.morningReminders)).toEqual([
      expect.objectContaining({ cron: MORNING_REMINDERS_SCHEDULE.cron, timezone: "Europe/London" }),
    ]);
  });

  it("queues the digest, a pause ended and a missed promise for the day the clock says, once each, and sends them quietly", async () => {
    // Monday 7 December 2026, 7am UK time.
    const now = new Date("2026-12-07T07:00:00Z");
    const today = new Date(`${ukDay(now)}T00:00:00Z`);
    const row = { fullName: "Reminder Person", crimeType: "burglary", assignedToId: caseworker.userId };
    const due = await insertReferral(prisma, {
      ...row,
      status: "CONTACTING",
      nextStep: "Phone them",
      nextStepDue: today,
      firstChosenAttemptAt: new Date("2026-12-01T10:00:00Z"),
    });
    const overdue = await insertReferral(prisma, {
      ...row,
      status: "ASSESSING",
      nextStepDue: new Date("2026-12-02T00:00:00Z"),
      firstChosenAttemptAt: new Date("2026-12-01T10:00:00Z"),
    });
    // Received Monday 30 November, promised by the end of Wednesday 2 December, still not tried: three working days late on the 7th.
    const received = new Date("2026-11-30T10:00:00Z");
    const late = await insertReferral(prisma, {
      ...row,
      createdAt: received,
      firstContactDueAt: addWorkingDays(received, 2),
      nextStepDue: new Date("2026-12-02T00:00:00Z"),
    });
    // Received Wednesday 2nd, promised by the end of Friday 4th: late by one working day only, not told yet.
    const lessLate = await insertReferral(prisma, {
      ...row,
      createdAt: new Date("2026-12-02T10:00:00Z"),
      firstContactDueAt: addWorkingDays(new Date("2026-12-02T10:00:00Z"), 2),
    });
    const pauseEnded = await insertReferral(prisma, { ...row, pausedUntil: new Date("2026-12-07T00:00:00Z") });

    const queued = await queueMorningReminders(prisma, boss, SETTINGS, now);
    expect(queued).toEqual({ digests: 2, pausesEnded: 1, escalations: 1 });
    // Run again (a retry, or two workers): nothing more.
    expect(await queueMorningReminders(prisma, boss, SETTINGS, now)).toEqual({
      digests: 0,
      pausesEnded: 0,
      escalations: 0,
    });
    expect((await prisma.referral.findUniqueOrThrow({ where: { id: late.id } })).firstContactEscalatedAt).toEqual(now);
    expect(
      (await prisma.referral.findUniqueOrThrow({ where: { id: lessLate.id } })).firstContactEscalatedAt,
    ).toBeNull();

    const digest = await waitFor(
      () => mailTo("casey@provider.example").find((m) => m.subject?.startsWith("Your cases today")),
      20_000,
      "the digest",
    );
    expect(digest.subject).toBe("Your cases today, Monday 7 December 2026");
    const reference = async (id: string) => (await prisma.referral.findUniqueOrThrow({ where: { id } })).reference;
    expect(digest.text).toContain(`Next steps due today: 1 (${await reference(due.id)})`);
    expect(digest.text).toContain(`Next steps overdue: ${[overdue, late].length}`);
    expect(digest.text).toContain(await reference(late.id));
    expect(digest.text).toContain("First contact overdue: 2");
    const escalation = await waitFor(
      () => mailTo("ada@provider.example").find((m) => m.subject?.startsWith("First contact promise missed")),
      20_000,
      "the escalation",
    );
    expect(escalation.subject).toBe(`First contact promise missed: request ${await reference(late.id)}`);
    expect(escalation.text).toMatch(/is \d+ working days late/);
    const pause = await waitFor(
      () => mailTo("casey@provider.example").find((m) => m.subject?.includes("can be contacted again from today")),
      20_000,
      "the pause notice",
    );
    expect(pause.subject).toBe(`Request ${await reference(pauseEnded.id)} can be contacted again from today`);
    for (const message of [digest, escalation, pause]) {
      for (const word of NEVER) expect(`${message.subject}\n${message.text}\n${message.html}`).not.toContain(word);
    }
  });

  it("emails the assignee (not someone who takes a case themselves), and names the person's change in the subject", async () => {
    const referral = await insertReferral(prisma, { fullName: "Reminder Person", crimeType: "burglary" });
    await assignReferral(
      prisma,
      admin,
      { referralId: referral.id, version: 0, assigneeId: caseworker.userId },
      { notify: boss },
    );
    const { reference } = referral;
    const assigned = await waitFor(
      () => mailTo("casey@provider.example").find((m) => m.subject === `Request ${reference} has been assigned to you`),
      20_000,
      "the assignment email",
    );
    expect(assigned.text).toContain("Admin ada assigned request");

    const mine = await insertReferral(prisma, { fullName: "Reminder Person" });
    await assignReferral(
      prisma,
      caseworker,
      { referralId: mine.id, version: 0, assigneeId: caseworker.userId },
      { notify: boss },
    );

    const until = ukDay(new Date(Date.now() + 5 * 86_400_000));
    expect(
      (await pauseRequest(prisma, boss, await personSessionFor(prisma, referral.id), { until, reason: "Away" })).ok,
    ).toBe(true);
    const change = await waitFor(
      () => mailTo("casey@provider.example").find((m) => m.subject === `Request ${reference}: paused by the person`),
      20_000,
      "the change email",
    );
    expect(change.text).not.toContain("Away");
    expect(mailTo("casey@provider.example").some((m) => m.subject?.includes(mine.reference))).toBe(false);
  });
});
