/**
 * Asking how it went, on both databases, with the real worker and a real SMTP
 * listener: the email goes only where the person gave an address and said
 * messages are safe, some weeks after the case closed with them spoken to; at
 * most twice (the invitation and one reminder), however often the daily job
 * runs; its link works once, the newest only, until it expires; one "no
 * thanks" (by the link or in "Manage your request") stops every ask, staff's
 * included; and a person can delete what they answered.
 */
import type { PgBoss } from "pg-boss";
import { eraseOnRequest } from "@/lib/admin/erasure/erase-referral";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { QUEUE } from "@/lib/background-jobs";
import { AppError } from "@/lib/errors/app-error";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { answerInManage, declineInManage, deleteOwnAnswers, surveyOffer } from "@/lib/survey/person-survey";
import { queueSurveyAsks, SURVEY_ASKS_SCHEDULE } from "@/lib/survey/survey-asks";
import { answerByLink, declineByLink, requestNewSurveyLink, surveyLinkState } from "@/lib/survey/survey-link";
import { afterSchema, startSchema } from "@/lib/survey/wellbeing-schemas";
import { recordWellbeing } from "@/lib/workspace/wellbeing";
import { BACKENDS } from "../support/backends";
import { openMailWorker, type MailWorker } from "../support/mail-worker";
import { insertReferral, type ReferralRow } from "../support/referral-rows";
import type { SmtpListener } from "../support/smtp-listener";
import { signedInStaff } from "../support/staff-fixtures";
import { waitFor } from "../support/wait";

const DAY = 24 * 3600_000;
const WEEKS = { surveyAfterWeeks: 6 };
const AFTER = afterSchema.parse({
  satisfaction: "4",
  recommend: "yes",
  listened: "yes",
  prepared: "yes",
  safe: "partly",
  fear: "3",
  anger: "notSaying",
  coping: "7",
  comment: "Quillfeather-marker was kind",
});
/** Words no survey email may hold: the crime, the person's name and what they told us. */
const NEVER = [
  "burglary",
  "Burglary",
  "crime",
  "offender",
  "restorative",
  "Restorative justice",
  "Surveyed Person",
  "bluebell",
];

const codeOf = async (work: Promise<unknown>) =>
  work.then(
    () => "done",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

describe.each(BACKENDS)("asking how it went (%s)", (kind) => {
  let prisma: PrismaClient;
  let boss: PgBoss;
  let running: MailWorker;
  let smtp: SmtpListener;
  let admin: AuthorisedStaff;
  let staff: AuthorisedStaff;
  const now = new Date();

  const mailTo = (address: string) => smtp.received.filter((m) => JSON.stringify(m.to).includes(address));
  const tokenIn = (text: string | undefined) => /\/survey\/link\/([A-Za-z0-9_-]+)/.exec(text ?? "")?.[1] ?? "";
  const awaitMail = (address: string, count: number) =>
    waitFor(() => (mailTo(address).length >= count ? mailTo(address) : undefined), 20_000, `${count} to ${address}`);

  /** A case closed `daysAgo` after staff spoke with the person, reachable as `contact` says. */
  const closedCase = (address: string, daysAgo: number, row: ReferralRow = {}, contact: Record<string, unknown> = {}) =>
    insertReferral(prisma, {
      status: "CLOSED",
      closureReason: "completed",
      closedAt: new Date(now.getTime() - daysAgo * DAY),
      firstSpokenAt: new Date(now.getTime() - (daysAgo + 30) * DAY),
      fullName: "Surveyed Person",
      ...row,
      answers: {
        "safe-contact": {
          contactMethods: ["phone", "email"],
          phoneNumber: "0151 496 0000",
          emailAddress: address,
          messageSafe: "yes",
          someoneElse: "no",
          ...contact,
        },
      },
    });

  beforeAll(async () => {
    running = await openMailWorker(kind, `survey_asks_${kind}`);
    ({ prisma, boss, smtp } = running);
    admin = await signedInStaff(prisma, "ADMIN", "ada@provider.example");
    staff = await signedInStaff(prisma, "STAFF", "sam@provider.example");
  }, 60_000);
  afterAll(() => running.close());

  it("is decided each morning at 10am UK time", async () => {
    expect(await boss.getSchedules(QUEUE.surveyAsks)).toEqual([
      expect.objectContaining({ cron: SURVEY_ASKS_SCHEDULE.cron, timezone: "Europe/London" }),
    ]);
  });

  it("emails only a safe address, weeks after closing, at most twice; the newest link works once", async () => {
    const safe = await closedCase("safe@example.com", 43);
    await closedCase("no-messages@example.com", 43, {}, { messageSafe: "notSure" });
    await closedCase("not-chosen@example.com", 43, {}, { contactMethods: ["phone"] });
    await closedCase("too-soon@example.com", 20);
    await closedCase("withdrew@example.com", 43, { withdrawnAt: new Date(now.getTime() - 43 * DAY) });
    await closedCase("never-spoken@example.com", 43, { firstSpokenAt: null });
    await closedCase("to-be-erased@example.com", 43, { erasureRequestedAt: now });
    await insertReferral(prisma, { status: "ASSESSING", firstSpokenAt: now });

    expect(await queueSurveyAsks(prisma, boss, WEEKS, now)).toEqual({ invitations: 1, reminders: 0 });
    // The job run again (a retry, or twice in a day) asks nobody twice.
    expect(await queueSurveyAsks(prisma, boss, WEEKS, now)).toEqual({ invitations: 0, reminders: 0 });
    const [invitation] = await awaitMail("safe@example.com", 1);
    expect(invitation!.subject).toBe("A few questions");
    for (const word of NEVER)
      expect(`${invitation!.subject} ${invitation!.text} ${invitation!.html}`).not.toContain(word);
    const first = tokenIn(invitation!.text);
    expect(await surveyLinkState(prisma, first)).toEqual({ ok: true, referralId: safe.id });

    // Not yet a fortnight: no reminder. Then one, and never another.
    expect(await queueSurveyAsks(prisma, boss, WEEKS, new Date(now.getTime() + 13 * DAY))).toEqual({
      invitations: 0,
      reminders: 0,
    });
    expect(await queueSurveyAsks(prisma, boss, WEEKS, new Date(now.getTime() + 15 * DAY))).toEqual({
      invitations: 0,
      reminders: 1,
    });
    expect(await queueSurveyAsks(prisma, boss, WEEKS, new Date(now.getTime() + 16 * DAY))).toEqual({
      invitations: 0,
      reminders: 0,
    });
    const mail = await awaitMail("safe@example.com", 2);
    expect(mail[1]!.subject).toBe("A reminder: a few questions");
    // Only the safe address was ever written to.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.received.map((m) => JSON.stringify(m.to))).toEqual([
      expect.stringContaining("safe@example.com"),
      expect.stringContaining("safe@example.com"),
    ]);

    // The reminder's link replaced the first; it works once.
    expect(await surveyLinkState(prisma, first)).toEqual({ ok: false, problem: "unknown" });
    const newest = tokenIn(mail[1]!.text);
    expect(await answerByLink(prisma, newest, AFTER)).toEqual({ ok: true, referralId: safe.id });
    expect(await answerByLink(prisma, newest, AFTER)).toEqual({ ok: false, problem: "used" });
    expect(await prisma.wellbeingAnswer.findMany({ where: { referralId: safe.id } })).toMatchObject([
      { stage: "after", via: "online", recordedById: null, satisfaction: 4, comment: "Quillfeather-marker was kind" },
    ]);
    expect(await prisma.auditEvent.count({ where: { referralId: safe.id, action: "survey.answered" } })).toBe(1);
  }, 60_000);

  it("refuses an expired link (a new one is sent when the person asks), and two answers sent at once save one", async () => {
    const late = await closedCase("late@example.com", 50);
    const twice = await closedCase("twice@example.com", 50);
    await queueSurveyAsks(prisma, boss, WEEKS, now);
    const lateToken = tokenIn((await awaitMail("late@example.com", 1))[0]!.text);
    const twiceToken = tokenIn((await awaitMail("twice@example.com", 1))[0]!.text);
    await prisma.surveyAsk.update({
      where: { referralId: late.id },
      data: { linkExpiresAt: new Date(Date.now() - 1) },
    });
    expect(await answerByLink(prisma, lateToken, AFTER)).toEqual({ ok: false, problem: "expired" });
    // The person asks for a new link: to the same address, once a day however often they press.
    expect(await requestNewSurveyLink(prisma, boss, lateToken)).toBe(true);
    const renewed = (await awaitMail("late@example.com", 2))[1]!;
    expect(renewed.text).toContain("You asked for a new link");
    expect(await requestNewSurveyLink(prisma, boss, lateToken)).toBe(false);
    expect(await answerByLink(prisma, tokenIn(renewed.text), AFTER)).toEqual({ ok: true, referralId: late.id });
    // A link used up, or never ours, brings no new one.
    expect(await requestNewSurveyLink(prisma, boss, tokenIn(renewed.text))).toBe(false);
    expect(await surveyLinkState(prisma, "not-a-token-we-ever-made-0000")).toEqual({ ok: false, problem: "unknown" });

    const both = await Promise.all([answerByLink(prisma, twiceToken, AFTER), answerByLink(prisma, twiceToken, AFTER)]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(await prisma.wellbeingAnswer.count({ where: { referralId: twice.id } })).toBe(1);
  }, 60_000);

  it("stops every ask after one 'no thanks', staff's included", async () => {
    const declining = await closedCase("declines@example.com", 45);
    await queueSurveyAsks(prisma, boss, WEEKS, now);
    const token = tokenIn((await awaitMail("declines@example.com", 1))[0]!.text);
    expect(await declineByLink(prisma, token)).toEqual({ ok: true, referralId: declining.id });
    // The reminder would be due by now: none is marked (others' may be).
    await queueSurveyAsks(prisma, boss, WEEKS, new Date(now.getTime() + 20 * DAY));
    expect(await prisma.surveyAsk.findUnique({ where: { referralId: declining.id } })).toMatchObject({
      remindedAt: null,
      declinedAt: expect.any(Date),
    });
    expect(await surveyOffer(prisma, declining.id)).toEqual({ stage: null, answered: false, declined: true });
    expect(
      await codeOf(recordWellbeing(prisma, staff, { referralId: declining.id, stage: "after", answers: AFTER })),
    ).toBe("wellbeing.declined");

    // In "Manage your request", before any email: no email is ever sent after it.
    const early = await closedCase("early-no@example.com", 1);
    expect((await surveyOffer(prisma, early.id))?.stage).toBe("after");
    await declineInManage(prisma, early.id);
    await queueSurveyAsks(prisma, boss, WEEKS, new Date(now.getTime() + 90 * DAY));
    expect(await prisma.surveyAsk.findUnique({ where: { referralId: early.id } })).toMatchObject({ emailedAt: null });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mailTo("declines@example.com")).toHaveLength(1);
    expect(mailTo("early-no@example.com")).toHaveLength(0);
  }, 60_000);

  it("offers the questions in 'Manage your request', refuses a stale page, and deletes answers on request", async () => {
    const open = await insertReferral(prisma, { status: "CONTACTING", fullName: "Surveyed Person" });
    expect(await surveyOffer(prisma, open.id)).toEqual({ stage: "start", answered: false, declined: false });
    // The "after" questions, sent from a page left open: not what is offered now.
    expect(await codeOf(answerInManage(prisma, open.id, { stage: "after", answers: AFTER }))).toBe("survey.not-open");
    await answerInManage(prisma, open.id, {
      stage: "start",
      answers: startSchema.parse({ fear: "9", anger: "8", coping: "2" }),
    });
    expect(await surveyOffer(prisma, open.id)).toEqual({ stage: null, answered: true, declined: false });
    // Closed later, after staff spoke with them: now how it went.
    await prisma.referral.update({
      where: { id: open.id },
      data: { status: "CLOSED", closedAt: now, firstSpokenAt: now, closureReason: "completed" },
    });
    await answerInManage(prisma, open.id, { stage: "after", answers: AFTER });
    const rows = await prisma.wellbeingAnswer.findMany({ where: { referralId: open.id } });
    expect(rows.map((r) => r.stage).sort()).toEqual(["after", "start"]);
    expect(new Set(rows.map((r) => r.pairId)).size).toBe(1);

    expect(await deleteOwnAnswers(prisma, open.id)).toBe(2);
    expect(await prisma.wellbeingAnswer.count({ where: { pairId: rows[0]!.pairId } })).toBe(0);
    expect(await surveyOffer(prisma, open.id)).toEqual({ stage: null, answered: false, declined: true });
    expect(await prisma.auditEvent.count({ where: { referralId: open.id, action: "survey.answers-deleted" } })).toBe(1);
  });

  it("forgets the asking when the case is erased; the answers stay anonymous", async () => {
    const erased = await closedCase("erased@example.com", 44);
    await queueSurveyAsks(prisma, boss, WEEKS, now);
    const token = tokenIn((await awaitMail("erased@example.com", 1))[0]!.text);
    await answerByLink(prisma, token, AFTER);
    const { reference } = (await prisma.referral.findUnique({ where: { id: erased.id } }))!;
    await eraseOnRequest(prisma, admin, { referralId: erased.id, confirmReference: reference, reason: "Asked" });
    expect(await prisma.surveyAsk.count({ where: { referralId: erased.id } })).toBe(0);
    const dump = JSON.stringify(
      await prisma.$queryRawUnsafe("SELECT * FROM wellbeing_answers WHERE referral_id IS NULL"),
    );
    for (const marker of ["Quillfeather", "erased@example.com", reference, erased.id])
      expect(dump).not.toContain(marker);
    expect(dump).toContain('"satisfaction":4');
  }, 60_000);
});
