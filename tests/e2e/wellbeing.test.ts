/**
 * How a victim feels, recorded by staff from a phone call (issue 22, first
 * part), with and without JavaScript: the questions sent unanswered name every
 * one; "I'd rather not say" is an answer; "after the case" waits for the case
 * to close, then is recorded with a comment that is shown escaped. Axe on every
 * state, also at 320 px.
 */
import { jest } from "@jest/globals";
import type pg from "pg";
import type { Browser, Page } from "playwright-core";
import { newContext } from "../support/browser";
import { closeE2eResources, openE2eResources } from "../support/e2e-resources";
import { BASE, errorSummary, expectNoAxeViolationsAtBothWidths, quickJourney } from "../support/journey";
import { createEnrolledStaff, signInWithCode } from "../support/staff-e2e";

jest.setTimeout(240_000);

let browser: Browser;
let db: pg.Client;

beforeAll(async () => {
  ({ browser, db } = await openE2eResources());
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

describe.each([
  ["on", true],
  ["off", false],
] as const)("how they feel, with JavaScript %s", (label, javaScript) => {
  it("is recorded at the start and after the case, with every problem named", async () => {
    const victim = await newContext(browser, { javaScript: true });
    const reference = await quickJourney(await victim.newPage(), BASE(), `Feeling Case ${label}`);
    await victim.close();
    const staff = await createEnrolledStaff(`Wendy Wellbeing ${label}`, "STAFF");
    const { rows } = await db.query("UPDATE referrals SET status = 'CONTACTING' WHERE reference = $1 RETURNING id", [
      reference,
    ]);
    const casePath = `/staff/referrals/${rows[0].id}`;

    const context = await newContext(browser, { javaScript });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await signInWithCode(page, staff.email, staff.secret);
    await page.goto(`${BASE()}${casePath}`);
    await page.getByRole("link", { name: "How they feel" }).click();
    await page.waitForURL(new RegExp(`${casePath}/wellbeing$`));
    expect(await page.locator("main").innerText()).toContain("Ask how it went once the case is closed.");
    await checkAxe(page, "nothing recorded", javaScript);

    await press(page, "Save how they feel at the start");
    expect(await errorSummary(page)).toEqual([
      "Select how afraid you are, from 0 to 10, or that you would rather not say",
      "Select how angry you feel, from 0 to 10, or that you would rather not say",
      "Select how well you are coping, from 0 to 10, or that you would rather not say",
    ]);
    await checkAxe(page, "the start with errors", javaScript);
    await choose(page, "How afraid are you that it will happen again?", "8");
    await choose(page, "How angry do you feel about what happened?", "I’d rather not say");
    await choose(page, "How well are you coping day to day?", "3");
    await press(page, "Save how they feel at the start", /\/wellbeing\?done=start#top$/);
    const stored = await db.query("SELECT fear, anger, coping, via FROM wellbeing_answers WHERE referral_id = $1", [
      rows[0].id,
    ]);
    expect(stored.rows).toEqual([{ fear: 8, anger: null, coping: 3, via: "phone" }]);

    // After the case closes.
    await db.query(
      "UPDATE referrals SET status = 'CLOSED', closure_reason = 'completed', closed_at = now() WHERE id = $1",
      [rows[0].id],
    );
    await page.goto(`${BASE()}${casePath}/wellbeing`);
    await choose(page, "Overall, how satisfied are you with the restorative justice service?", "Very satisfied");
    await choose(page, "Would you recommend restorative justice to other people in your situation?", "Yes");
    await choose(page, "Did you feel listened to?", "Yes");
    await choose(page, "Did you feel prepared?", "Partly");
    await choose(page, "Did you feel safe?", "Yes");
    const after = page.locator("form").nth(1);
    await after
      .getByRole("group", { name: "How afraid are you that it will happen again?" })
      .getByRole("radio", { name: "2", exact: true })
      .check();
    await after
      .getByRole("group", { name: "How angry do you feel about what happened?" })
      .getByRole("radio", { name: "4", exact: true })
      .check();
    await after
      .getByRole("group", { name: "How well are you coping day to day?" })
      .getByRole("radio", { name: "8", exact: true })
      .check();
    await page.getByLabel("Anything else you would like to tell us (optional)").fill("<b>Thank you</b> for listening");
    await press(page, "Save how it went", /\/wellbeing\?done=after#top$/);
    const afterRow = await db.query(
      "SELECT satisfaction, recommend, prepared, fear, comment FROM wellbeing_answers WHERE referral_id = $1 AND stage = 'after'",
      [rows[0].id],
    );
    expect(afterRow.rows).toEqual([
      { satisfaction: 5, recommend: "yes", prepared: "partly", fear: 2, comment: "<b>Thank you</b> for listening" },
    ]);
    expect(await page.getByLabel("Anything else you would like to tell us (optional)").inputValue()).toBe(
      "<b>Thank you</b> for listening",
    );
    expect(await page.locator("main b").count()).toBe(0); // shown as text, never as markup
    await checkAxe(page, "both recorded", javaScript);
    await context.close();
  });
});
