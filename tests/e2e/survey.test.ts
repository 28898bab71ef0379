/**
 * The survey after a case, as a person meets it (issue 22), with and without
 * JavaScript: a case closed weeks ago with a safe email gets the discreet
 * email when the daily job runs; an expired link sends a new one when the
 * person asks; the link opens the questions (the token
 * never in the page's address); sent empty, every question is named; sent
 * answered, it thanks them, the link works no more, and the Figures page and
 * the public page count the answer. Axe on every state, at 1280 and 320 px.
 */
import { jest } from "@jest/globals";
import type pg from "pg";
import { PgBoss } from "pg-boss";
import type { Browser, Page } from "playwright-core";
import { newContext } from "../support/browser";
import { closeE2eResources, openE2eResources } from "../support/e2e-resources";
import { BASE, errorSummary, expectNoAxeViolationsAtBothWidths, quickJourney } from "../support/journey";
import { createEnrolledStaff, findEmail, signInWithCode } from "../support/staff-e2e";

jest.setTimeout(240_000);

let browser: Browser;
let db: pg.Client;

beforeAll(async () => {
  ({ browser, db } = await openE2eResources());
  // Enough answers from erased cases for the figures to be shown at all (5 on Figures, 10 in public).
  await db.query(
    `INSERT INTO wellbeing_answers (id, stage, via, pair_id, answered_at, satisfaction, recommend, fear, anger, coping)
     SELECT gen_random_uuid(), 'after', 'phone', gen_random_uuid(), now() - interval '1 hour', 4 + (n % 2), 'yes', 3, 3, 7
     FROM generate_series(1, 12) AS n`,
  );
});
afterAll(() => closeE2eResources({ browser, db }));

const checkAxe = expectNoAxeViolationsAtBothWidths;
const choose = (page: Page, group: string, option: string) =>
  page.getByRole("group", { name: group }).getByRole("radio", { name: option, exact: true }).check();

async function press(page: Page, button: string, urlAfter?: RegExp) {
  await Promise.all([
    urlAfter ? page.waitForURL(urlAfter) : page.waitForLoadState(),
    page.getByRole("button", { name: button }).click(),
  ]);
}

/** Into "Manage your request" with the reference and the private code shown when the request was sent. */
async function openWithPrivateCode(page: Page, reference: string, code: string) {
  await page.goto(`${BASE()}/manage`);
  await page.locator("#f-codeReference").fill(reference);
  await page.getByLabel("Your private code").fill(code);
  await press(page, "Continue", /\/manage\/request$/);
}

/** Runs the daily survey job now, as its 10am schedule would (the server's worker does it). */
async function runSurveyJob() {
  const boss = new PgBoss({ connectionString: process.env.E2E_DATABASE_URL!, supervise: false, schedule: false });
  await boss.start();
  await boss.send("survey-asks", {});
  await boss.stop({ graceful: false });
}

/** "N people" in the satisfied row of a page's figures. */
async function satisfiedCount(page: Page, path: string, pattern: RegExp): Promise<number> {
  await page.goto(`${BASE()}${path}`);
  const match = pattern.exec(await page.locator("main").innerText());
  if (!match) throw new Error(`no satisfied count on ${path}`);
  return Number(match[1]);
}
const FIGURES = /Satisfied or very satisfied\s+\d+% \(\d+% to \d+%\), (\d+) people/;
const PUBLIC = /were satisfied or very satisfied \(\d+ of (\d+) people who answered\)/;

describe.each([
  ["on", true],
  ["off", false],
] as const)("the survey after a case, with JavaScript %s", (label, javaScript) => {
  it("is emailed only where safe, answered once by its link, and counted in the figures", async () => {
    const address = `survey.${label}@example.com`;
    const victim = await newContext(browser, { javaScript: true });
    const reference = await quickJourney(await victim.newPage(), BASE(), `Survey Person ${label}`, { email: address });
    await victim.close();
    await db.query(
      `UPDATE referrals SET status = 'CLOSED', closure_reason = 'completed', closed_at = now() - interval '50 days',
         first_spoken_at = now() - interval '70 days' WHERE reference = $1`,
      [reference],
    );
    const admin = await createEnrolledStaff(`Fiona Figures ${label}`, "ADMIN");
    const staffPage = await (await newContext(browser, { javaScript })).newPage();
    staffPage.setDefaultTimeout(20_000);
    await signInWithCode(staffPage, admin.email, admin.secret);
    const figuresBefore = await satisfiedCount(staffPage, "/staff/admin/figures", FIGURES);

    await runSurveyJob();
    const mail = await findEmail(
      (m) => JSON.stringify(m.to).includes(address) && m.subject === "A few questions",
      `the survey email to ${address}`,
    );
    for (const word of ["crime", "theft", "restorative", "Survey Person"])
      expect(`${mail.subject} ${mail.text}`).not.toContain(word);
    const firstLink = /https?:\/\/\S+\/survey\/link\/[A-Za-z0-9_-]+/.exec(mail.text ?? "")![0];
    const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, BASE());

    // Left too long, the link has expired: the person asks for a new one, sent to the same address.
    await db.query(
      "UPDATE survey_asks SET link_expires_at = now() - interval '1 second' WHERE referral_id = (SELECT id FROM referrals WHERE reference = $1)",
      [reference],
    );
    const context = await newContext(browser, { javaScript });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(local(firstLink));
    await page.waitForURL(/\/survey$/);
    expect(await page.locator("main").innerText()).toContain("it has now expired");
    await checkAxe(page, "the expired link", javaScript);
    await press(page, "Email me a new link", /\/survey\/done\?done=new-link$/);
    // With JavaScript the page is swapped in place and its title follows a moment later.
    await page.waitForFunction(() => document.title === "Check your email");
    const renewed = await findEmail(
      (m) => JSON.stringify(m.to).includes(address) && (m.text ?? "").includes("You asked for a new link"),
      `the new survey link to ${address}`,
    );
    const link = /https?:\/\/\S+\/survey\/link\/[A-Za-z0-9_-]+/.exec(renewed.text ?? "")![0];
    expect(link).not.toBe(firstLink);

    await page.goto(local(link));
    await page.waitForURL(/\/survey$/);
    await page.waitForFunction(() => document.title === "A few questions");
    await checkAxe(page, "the survey", javaScript);

    await press(page, "Send my answers");
    expect(await errorSummary(page)).toEqual([
      "Select how satisfied you are",
      "Select whether you would recommend it",
      "Select whether you felt listened to",
      "Select whether you felt prepared",
      "Select whether you felt safe",
      "Select how afraid you are, from 0 to 10, or that you would rather not say",
      "Select how angry you feel, from 0 to 10, or that you would rather not say",
      "Select how well you are coping, from 0 to 10, or that you would rather not say",
    ]);
    await checkAxe(page, "the survey with errors", javaScript);
    await choose(page, "Overall, how satisfied are you with the restorative justice service?", "Satisfied");
    await choose(page, "Would you recommend restorative justice to other people in your situation?", "Yes");
    await choose(page, "Did you feel listened to?", "Yes");
    await choose(page, "Did you feel prepared?", "Partly");
    await choose(page, "Did you feel safe?", "Yes");
    await choose(page, "How afraid are you that it will happen again?", "2");
    await choose(page, "How angry do you feel about what happened?", "I’d rather not say");
    await choose(page, "How well are you coping day to day?", "8");
    await page.getByLabel("Anything else you would like to tell us (optional)").fill("<i>Kind</i> people");
    await press(page, "Send my answers", /\/survey\/done\?done=answered$/);
    expect(await page.locator("h1").innerText()).toBe("Thank you for your answers");
    await checkAxe(page, "thanked", javaScript);
    const stored = await db.query(
      `SELECT w.via, w.satisfaction, w.anger, w.comment FROM wellbeing_answers w
         JOIN referrals r ON r.id = w.referral_id WHERE r.reference = $1`,
      [reference],
    );
    expect(stored.rows).toEqual([{ via: "online", satisfaction: 4, anger: null, comment: "<i>Kind</i> people" }]);

    // The link works once: a clear page, with other ways to answer.
    await page.goto(local(link));
    await page.waitForURL(/\/survey$/);
    expect(await page.locator("h1").innerText()).toBe("This link no longer works");
    expect(await page.locator("main").innerText()).toContain("It has been used already");
    await checkAxe(page, "the used link", javaScript);
    await context.close();

    // The Figures page counts it; so does the public page, which shows what every visitor sees.
    expect(await satisfiedCount(staffPage, "/staff/admin/figures", FIGURES)).toBe(figuresBefore + 1);
    const publicCount = await satisfiedCount(staffPage, "/how-we-are-doing", PUBLIC);
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM wellbeing_answers
        WHERE stage = 'after' AND satisfaction IS NOT NULL AND answered_at > now() - interval '365 days'`,
    );
    expect(publicCount).toBe(rows[0].n);
    await staffPage.context().close();
  });
  it("is offered in Manage your request: answered at the start, then deleted on request", async () => {
    const context = await newContext(browser, { javaScript });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const reference = await quickJourney(page, BASE(), `Manage Survey ${label}`);
    await page.getByRole("button", { name: "Show me a private code" }).click();
    const code = await page.locator(".private-code").innerText();
    await openWithPrivateCode(page, reference, code);

    await page.getByRole("link", { name: "Answer a few questions" }).click();
    await page.waitForURL(/\/manage\/how-you-feel$/);
    expect(await page.locator("h1").innerText()).toBe("How do you feel now?");
    await checkAxe(page, "the questions in Manage your request", javaScript);
    await press(page, "Send my answers");
    expect(await errorSummary(page)).toHaveLength(3);
    await choose(page, "How afraid are you that it will happen again?", "7");
    await choose(page, "How angry do you feel about what happened?", "5");
    await choose(page, "How well are you coping day to day?", "I’d rather not say");
    await press(page, "Send my answers", /\/manage\/request\?done=answered$/);
    const ofThisRequest = "referral_id = (SELECT id FROM referrals WHERE reference = $1)";
    expect(
      (await db.query(`SELECT stage, via, fear, coping FROM wellbeing_answers WHERE ${ofThisRequest}`, [reference]))
        .rows,
    ).toEqual([{ stage: "start", via: "online", fear: 7, coping: null }]);
    expect(await page.getByRole("link", { name: "Answer a few questions" }).count()).toBe(0);

    await page.getByRole("link", { name: "Delete your answers about how you feel" }).click();
    await page.waitForURL(/\/manage\/how-you-feel\/delete$/);
    await checkAxe(page, "deleting the answers", javaScript);
    await press(page, "Delete my answers", /\/manage\/request\?done=answers-deleted$/);
    expect(await page.locator("main").innerText()).toContain("Your answers about how you feel have been deleted");
    expect(
      (await db.query(`SELECT count(*)::int AS n FROM wellbeing_answers WHERE ${ofThisRequest}`, [reference])).rows[0]
        .n,
    ).toBe(0);
    // Asked no more, here or by staff.
    expect(await page.getByRole("link", { name: "Answer a few questions" }).count()).toBe(0);
    await context.close();
  });
  it("is offered in Manage your request once the case is closed, and one 'no thanks' stops every ask", async () => {
    const context = await newContext(browser, { javaScript });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const reference = await quickJourney(page, BASE(), `Closed Survey ${label}`);
    await page.getByRole("button", { name: "Show me a private code" }).click();
    const code = await page.locator(".private-code").innerText();
    await db.query(
      `UPDATE referrals SET status = 'CLOSED', closure_reason = 'completed', closed_at = now(), first_spoken_at = now()
        WHERE reference = $1`,
      [reference],
    );
    await openWithPrivateCode(page, reference, code);
    expect(await page.locator("main").innerText()).toContain(
      "Now your request is closed, would you tell us how it went?",
    );
    await page.getByRole("link", { name: "Answer a few questions" }).click();
    await page.waitForURL(/\/manage\/how-you-feel$/);
    expect(await page.locator("h1").innerText()).toBe("How did it go?");
    await checkAxe(page, "how it went, in Manage your request", javaScript);
    await press(page, "No thanks, do not ask me again", /\/manage\/request\?done=declined$/);
    expect(await page.locator("main").innerText()).toContain("We will not ask you how you feel again.");
    expect(await page.getByRole("link", { name: "Answer a few questions" }).count()).toBe(0);
    const asked = await db.query(
      "SELECT declined_at IS NOT NULL AS declined FROM survey_asks WHERE referral_id = (SELECT id FROM referrals WHERE reference = $1)",
      [reference],
    );
    expect(asked.rows).toEqual([{ declined: true }]);
    await context.close();
  });
});
