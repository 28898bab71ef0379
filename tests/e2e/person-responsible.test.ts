/**
 * The person responsible's record (issue 21, first slice), with and without
 * JavaScript: the case's facilitator opens it from the case, is told what is
 * wrong with a bad date, records where the person responsible is, that they
 * admit it and agreed to take part, adds a note; a colleague the case is not
 * assigned to gets the 403 page. Axe on every state, also at 320 px.
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

/** "Save the record", then the page again (or the same page with errors). */
async function save(page: Page, urlAfter?: RegExp) {
  await Promise.all([
    urlAfter ? page.waitForURL(urlAfter) : page.waitForLoadState(),
    page.getByRole("button", { name: "Save the record" }).click(),
  ]);
}

const choose = (page: Page, group: string, option: string) =>
  page.getByRole("group", { name: group }).getByRole("radio", { name: option, exact: true }).check();

describe.each([
  ["on", true],
  ["off", false],
] as const)("the person responsible's record with JavaScript %s", (label, javaScript) => {
  it("is kept by the case's facilitator, checked as typed, and refused to a colleague", async () => {
    const victim = await newContext(browser, { javaScript: true });
    const reference = await quickJourney(await victim.newPage(), BASE(), `Responsible Case ${label}`);
    await victim.close();
    const facilitator = await createEnrolledStaff(`Fay Facilitator ${label}`, "STAFF");
    const colleague = await createEnrolledStaff(`Col League ${label}`, "STAFF");
    const { rows } = await db.query(
      "UPDATE referrals SET assigned_to_id = $1, status = 'CONTACTING' WHERE reference = $2 RETURNING id",
      [facilitator.userId, reference],
    );
    const recordPath = `/staff/referrals/${rows[0].id}/person-responsible`;

    const context = await newContext(browser, { javaScript });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await signInWithCode(page, facilitator.email, facilitator.secret);
    await page.goto(`${BASE()}/staff/referrals/${rows[0].id}`);
    await page.getByRole("link", { name: "The person responsible’s record" }).click();
    await page.waitForURL(new RegExp(`${recordPath}$`));
    expect(await page.locator("main").innerText()).toContain("Nothing is recorded about them yet");
    await checkAxe(page, "an empty record", javaScript);

    // A date in the future, and nothing chosen: every problem at once.
    const agreed = page.getByRole("group", { name: /They agreed to take part on/ });
    await agreed.getByLabel("Day").fill("1");
    await agreed.getByLabel("Month").fill("1");
    await agreed.getByLabel("Year").fill("2099");
    await save(page);
    expect(await errorSummary(page)).toEqual([
      "Select where they are",
      "Select whether they admit the harm",
      "The date they agreed must be today or in the past",
    ]);
    await checkAxe(page, "the record with errors", javaScript);

    await choose(page, "Where are they?", "In prison");
    await page.getByLabel("Prison or probation office (optional)").fill("HMP Liverpool");
    await choose(page, "Do they admit the harm?", "Admits the harm");
    await agreed.getByLabel("Year").fill("2026");
    await page.getByLabel("How they agreed (optional)").fill("In person at the prison");
    await save(page, /\?done=saved#top$/);
    const summary = await page.locator(".summary-list").innerText();
    expect(summary).toContain("In prison: HMP Liverpool");
    expect(summary).toContain("Admits the harm");
    expect(summary).toContain("On 1 Jan 2026 (In person at the prison)");
    await checkAxe(page, "a saved record", javaScript);

    // A contact with them, structured: with whom and how, asked for when missing.
    await choose(page, "Is it a contact, or a note?", "A contact");
    await page.getByLabel("What was said or noted").fill("Met them with their key worker");
    await Promise.all([page.waitForLoadState(), page.getByRole("button", { name: "Add the note" }).click()]);
    expect(await errorSummary(page)).toEqual(["Select who the contact was with", "Select how you were in contact"]);
    await choose(page, "With whom?", "Them");
    await choose(page, "How?", "In person");
    await Promise.all([
      page.waitForURL(/\?done=note#top$/),
      page.getByRole("button", { name: "Add the note" }).click(),
    ]);
    const log = await page.locator(".timeline").innerText();
    expect(log).toContain("Contact with them (in person)");
    expect(log).toContain("Met them with their key worker");

    // Not their case: the 403 page, and the attempt is in the audit trail.
    const other = await newContext(browser, { javaScript });
    const otherPage = await other.newPage();
    await signInWithCode(otherPage, colleague.email, colleague.secret);
    const answer = await otherPage.goto(`${BASE()}${recordPath}`);
    expect(answer!.status()).toBe(403);
    expect(await otherPage.locator("h1").innerText()).toBe("You cannot open this page");
    expect(await otherPage.locator("main").innerText()).not.toContain("HMP Liverpool");
    await checkAxe(otherPage, "the 403 page", javaScript);
    const refused = await db.query(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'responsible.refused' AND actor_id = $1",
      [colleague.userId],
    );
    expect(refused.rows[0].n).toBe(1);
    await other.close();
    await context.close();

    // Their own rights: an administrator opens everything held about them, and erases it alone.
    const admin = await createEnrolledStaff(`Ada Rights ${label}`, "ADMIN");
    const adminContext = await newContext(browser, { javaScript });
    const adminPage = await adminContext.newPage();
    adminPage.setDefaultTimeout(20_000);
    await signInWithCode(adminPage, admin.email, admin.secret);
    await adminPage.goto(`${BASE()}${recordPath}`);
    await adminPage.getByRole("link", { name: /Everything held about them/ }).click();
    await adminPage.waitForURL(/\/staff\/admin\/subject-access\/[\w-]+\/person-responsible$/);
    const pack = await adminPage.locator("main").innerText();
    expect(pack).toContain("HMP Liverpool");
    expect(pack).toContain("Met them with their key worker");
    expect(pack).not.toContain(`Responsible Case ${label}`); // the victim's name is not theirs to see
    await checkAxe(adminPage, "the person responsible's own pack", javaScript);
    await adminPage.getByLabel("Why is it being erased?").fill("Asked through their probation officer");
    await adminPage.getByLabel("Type the referral’s reference to confirm").fill("RJ-XXXX-XXXX");
    await Promise.all([
      adminPage.waitForLoadState(),
      adminPage.getByRole("button", { name: "Erase their record" }).click(),
    ]);
    expect(await errorSummary(adminPage)).toEqual([
      "Enter the referral’s reference exactly as shown, to confirm which one to erase",
    ]);
    await adminPage.getByLabel("Type the referral’s reference to confirm").fill(reference);
    await Promise.all([
      adminPage.waitForURL(/\?done=erased#top$/),
      adminPage.getByRole("button", { name: "Erase their record" }).click(),
    ]);
    expect(await adminPage.locator("main").innerText()).toContain("Nothing is recorded about them yet");
    await adminContext.close();
  });
});
