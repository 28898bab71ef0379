/**
 * A whole case to its restorative outcome (issue 21), with and without
 * JavaScript: the facilitator records a person responsible who agreed to take
 * part, books and records two preparation meetings and a face-to-face meeting,
 * downloads a session's calendar file, records the agreement, marks it done at
 * follow-up and completes the case; the end-of-case report shows it all by
 * reference alone. Every form is first sent wrong, to see its messages. Axe on
 * every new page, also at 320 px.
 */
import { jest } from "@jest/globals";
import type pg from "pg";
import type { Browser, Page } from "playwright-core";
import { ukDay } from "@/lib/dates";
import { newContext } from "../support/browser";
import { closeE2eResources, openE2eResources } from "../support/e2e-resources";
import { BASE, errorSummary, expectNoAxeViolationsAtBothWidths, quickJourney } from "../support/journey";
import { createEnrolledStaff, signInWithCode } from "../support/staff-e2e";

jest.setTimeout(300_000);

let browser: Browser;
let db: pg.Client;

beforeAll(async () => {
  ({ browser, db } = await openE2eResources());
});
afterAll(() => closeE2eResources({ browser, db }));

const checkAxe = expectNoAxeViolationsAtBothWidths;

/** A UK day some days from today, as the three boxes take it. */
function dayFromToday(days: number) {
  const [year, month, day] = ukDay(new Date(Date.now() + days * 86_400_000)).split("-");
  return { day: String(Number(day)), month: String(Number(month)), year: year! };
}

async function fillDate(page: Page, group: RegExp, days: number) {
  const boxes = page.getByRole("group", { name: group });
  const { day, month, year } = dayFromToday(days);
  await boxes.getByLabel("Day").fill(day);
  await boxes.getByLabel("Month").fill(month);
  await boxes.getByLabel("Year").fill(year);
}

const choose = (page: Page, group: string, option: string) =>
  page.getByRole("group", { name: group }).getByRole("radio", { name: option, exact: true }).check();
const tick = (page: Page, group: string, option: string) =>
  page.getByRole("group", { name: group }).getByRole("checkbox", { name: option, exact: true }).check();

async function press(page: Page, button: string, urlAfter?: RegExp) {
  await Promise.all([
    urlAfter ? page.waitForURL(urlAfter) : page.waitForLoadState(),
    page.getByRole("button", { name: button }).click(),
  ]);
}

async function bookSession(
  page: Page,
  session: { type: string; days: number; time: string; place?: string; who: string[] },
) {
  await choose(page, "What kind of session?", session.type);
  await fillDate(page, /^Date/, session.days);
  await page.getByLabel("Time", { exact: true }).fill(session.time);
  if (session.place) {
    await choose(page, "How will it take place?", "In person");
    await page.getByLabel("Where", { exact: true }).fill(session.place);
  } else {
    await choose(page, "How will it take place?", "By phone");
  }
  for (const who of session.who) await tick(page, "Who is expected, besides you?", who);
  const before = await page.locator("table tbody tr").count();
  await page.getByRole("button", { name: "Book the session" }).click();
  // Booked when the list has one more row; a refusal shows the error summary instead (and fails here, saying why).
  await page.waitForFunction(
    (n) => document.querySelectorAll("table tbody tr").length > n || document.querySelector(".error-summary") !== null,
    before,
  );
  if (await page.locator(".error-summary").count())
    throw new Error(`Not booked: ${(await errorSummary(page)).join("; ")}`);
  expect(page.url()).toMatch(/\/sessions\?done=booked#top$/);
}

async function recordHappened(page: Page, sessionsPath: string, type: string, who: string[], summary: string) {
  await page.goto(`${BASE()}${sessionsPath}`);
  await page.getByRole("link", { name: type, exact: true }).click();
  await page.waitForURL(/\/sessions\/[\w-]+$/);
  await choose(page, "Did it take place?", "Yes");
  for (const person of who) await tick(page, "Who came, besides you?", person);
  await page.getByLabel("Summary (optional)").fill(summary);
  await choose(page, "Did you raise a safeguarding concern?", "No");
  await press(page, "Save what happened", /\/sessions\?done=recorded#top$/);
}

describe.each([
  ["on", true],
  ["off", false],
] as const)("a whole case to its outcome with JavaScript %s", (label, javaScript) => {
  it("is recorded from the person responsible's consent to an agreement followed up, without free-text workarounds", async () => {
    const victimName = `Whole Case ${label}`;
    const victim = await newContext(browser, { javaScript: true });
    const reference = await quickJourney(await victim.newPage(), BASE(), victimName);
    await victim.close();
    const facilitator = await createEnrolledStaff(`Fran Whole ${label}`, "STAFF");
    const { rows } = await db.query(
      "UPDATE referrals SET assigned_to_id = $1, status = 'IN_PROGRESS' WHERE reference = $2 RETURNING id",
      [facilitator.userId, reference],
    );
    const casePath = `/staff/referrals/${rows[0].id}`;
    const sessionsPath = `${casePath}/sessions`;

    const context = await newContext(browser, { javaScript });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await signInWithCode(page, facilitator.email, facilitator.secret);

    // The person responsible agreed to take part.
    await page.goto(`${BASE()}${casePath}/person-responsible`);
    await choose(page, "Where are they?", "In prison");
    await choose(page, "Do they admit the harm?", "Admits the harm");
    await fillDate(page, /They agreed to take part on/, -10);
    await press(page, "Save the record", /\?done=saved#top$/);

    // Sessions: from the case page; a booking sent empty names every problem.
    await page.goto(`${BASE()}${casePath}`);
    await page.getByRole("link", { name: "Sessions", exact: true }).click();
    await page.waitForURL(new RegExp(`${sessionsPath}$`));
    expect(await page.locator("main").innerText()).toContain("No sessions yet");
    await checkAxe(page, "no sessions yet", javaScript);
    await choose(page, "How will it take place?", "In person");
    await press(page, "Book the session");
    expect(await errorSummary(page)).toEqual([
      "Select what kind of session it is",
      "Enter the date",
      "Enter the time like 10:30am, 2pm or 14:30",
      "Enter where it will take place",
      "Select who is expected",
    ]);
    await checkAxe(page, "a booking with errors", javaScript);

    await bookSession(page, { type: "Preparation with the victim", days: -6, time: "10am", who: ["The victim"] });
    await bookSession(page, {
      type: "Preparation with the person responsible",
      days: -5,
      time: "2:30pm",
      place: "HMP Liverpool",
      who: ["The person responsible", "Their probation officer or prison staff"],
    });
    await bookSession(page, {
      type: "Face-to-face meeting",
      days: -2,
      time: "11:00",
      place: "Liverpool office",
      who: ["The victim", "The person responsible"],
    });
    const table = await page.locator("table").innerText();
    expect(table).toContain("Face-to-face meeting");
    expect(table).toContain("In person: Liverpool office");
    expect(table.match(/To record/g)).toHaveLength(3);
    await checkAxe(page, "three sessions booked", javaScript);

    // The calendar file, as the link downloads it (with the signed-in session's cookie).
    const href = await page
      .locator("tr", { hasText: "Face-to-face meeting" })
      .getByRole("link", { name: /Add to calendar/ })
      .getAttribute("href");
    const ics = await page.request.get(`${BASE()}${href}`);
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    const calendar = await ics.text();
    expect(calendar).toContain(`SUMMARY:Face-to-face meeting (${reference})`);
    expect(calendar).not.toContain(victimName);

    // What happened: first sent without an answer.
    await page.getByRole("link", { name: "Preparation with the victim", exact: true }).click();
    await page.waitForURL(/\/sessions\/[\w-]+$/);
    await press(page, "Save what happened");
    expect(await errorSummary(page)).toEqual([
      "Select whether it took place",
      "Select whether you raised a safeguarding concern",
    ]);
    await checkAxe(page, "a session with errors", javaScript);
    await recordHappened(page, sessionsPath, "Preparation with the victim", ["The victim"], "Talked about the meeting");
    await recordHappened(
      page,
      sessionsPath,
      "Preparation with the person responsible",
      ["The person responsible"],
      "Ready to meet",
    );
    await recordHappened(
      page,
      sessionsPath,
      "Face-to-face meeting",
      ["The victim", "The person responsible"],
      "An apology was made",
    );
    expect((await page.locator("table").innerText()).match(/Took place/g)).toHaveLength(3);

    // The agreement: an item without an owner or a date is refused, then added and followed up.
    await page.goto(`${BASE()}${casePath}`);
    await page.getByRole("link", { name: "Outcome and agreement", exact: true }).click();
    await page.waitForURL(new RegExp(`${casePath}/outcome$`));
    await checkAxe(page, "an outcome not yet recorded", javaScript);
    await page.getByLabel("What is agreed", { exact: true }).fill("Write a letter of apology");
    await press(page, "Add to the agreement");
    expect(await errorSummary(page)).toEqual(["Select who will do it", "Enter the day it should be done by"]);
    await choose(page, "Who will do it?", "The person responsible");
    await fillDate(page, /^By when\?/, 30);
    await press(page, "Add to the agreement", /\/outcome\?done=item#top$/);
    await page.getByRole("link", { name: /Check at follow-up/ }).click();
    await page.waitForURL(/\/outcome\/items\/[\w-]+$/);
    await checkAxe(page, "an agreement item", javaScript);
    await choose(page, "At follow-up, has it been done?", "Done");
    await press(page, "Save the follow-up", /\/outcome\?done=checked#top$/);
    expect(await page.locator("table").innerText()).toMatch(/Done \(checked \d+ \w+ \d{4}\)/);

    // Completing the case: sent without who took part first.
    await choose(page, "What was delivered?", "A face-to-face meeting");
    await fillDate(page, /^When was it delivered\?/, -2);
    await choose(page, "Were the victim's wishes met?", "Yes");
    await press(page, "Save the outcome and close the case");
    expect(await errorSummary(page)).toEqual(["Select who took part"]);
    await checkAxe(page, "an outcome with errors", javaScript);
    await tick(page, "Who took part?", "The victim");
    await tick(page, "Who took part?", "The person responsible");
    await press(page, "Save the outcome and close the case", /\/outcome\?done=outcome#top$/);
    const outcome = await page.locator(".summary-list").innerText();
    expect(outcome).toContain("A face-to-face meeting");
    expect(outcome).toContain("The victim, The person responsible");
    await checkAxe(page, "a recorded outcome", javaScript);
    const closed = await db.query("SELECT status, closure_reason FROM referrals WHERE id = $1", [rows[0].id]);
    expect(closed.rows[0]).toEqual({ status: "CLOSED", closure_reason: "completed" });

    // The end-of-case report: everything by reference, no names, nothing said.
    await page.getByRole("link", { name: "The end-of-case report" }).click();
    await page.waitForURL(/\/outcome\/report$/);
    const report = await page.locator("main").innerText();
    expect(report).toContain(`End-of-case report: ${reference}`);
    expect(report).toContain("Closed: Completed");
    expect(report).toContain("Face-to-face meeting");
    expect(report).toContain("Write a letter of apology");
    expect(report).not.toContain(victimName);
    expect(report).not.toContain("An apology was made");
    await checkAxe(page, "the end-of-case report", javaScript);
    await context.close();

    // The commissioner's return counts it: an administrator picks this quarter from Figures.
    const admin = await createEnrolledStaff(`Ada Return ${label}`, "ADMIN");
    const adminContext = await newContext(browser, { javaScript });
    const adminPage = await adminContext.newPage();
    adminPage.setDefaultTimeout(20_000);
    await signInWithCode(adminPage, admin.email, admin.secret);
    await adminPage.goto(`${BASE()}/staff/admin/figures`);
    await adminPage.getByRole("link", { name: "The commissioner’s quarterly return" }).click();
    await adminPage.waitForURL(/\/staff\/admin\/figures\/return$/);
    await adminPage.getByRole("radio", { name: /, so far$/ }).check();
    await Promise.all([
      adminPage.waitForURL(/\/staff\/admin\/figures\/return\?quarter=\d{4}-\d{2}$/),
      adminPage.getByRole("button", { name: "Show the return" }).click(),
    ]);
    const funnel = adminPage.getByRole("table", { name: "From referral to restorative justice" });
    const completedRow = await funnel.getByRole("row", { name: /Agreement completed/ }).innerText();
    expect(Number(completedRow.replace(/\D+/g, ""))).toBeGreaterThanOrEqual(1);
    await checkAxe(adminPage, "the quarterly return", javaScript);
    const quarter = new URL(adminPage.url()).searchParams.get("quarter");
    const csv = await adminPage.request.get(`${BASE()}/staff/admin/figures/return/csv?quarter=${quarter}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-disposition"]).toContain(`quarterly-return-${quarter}.csv`);
    expect(await csv.text()).toContain("From referral to restorative justice,Agreement completed,");
    await adminContext.close();
  });
});
