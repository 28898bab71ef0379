/**
 * Asking for someone else (issue 23) in Chromium, with JavaScript on and off:
 * a support worker asks for a person, with their agreement; without it the
 * request cannot go on; the questions are about "them"; the person's email
 * cannot be the worker's own; the worker gets a reference and no way into the
 * person's request; staff see who asked and how the person agreed. axe on
 * every page and state, at 1280 and 320 px.
 */
import { jest } from "@jest/globals";
import type pg from "pg";
import type { Browser, Page } from "playwright-core";
import { REFERRER_MESSAGES } from "@/lib/referrals/referrer";
import { newContext } from "../support/browser";
import { closeE2eResources, openE2eResources } from "../support/e2e-resources";
import { BASE, errorSummary, expectErrorTitle, expectNoAxeViolationsAtBothWidths, submit } from "../support/journey";
import { createEnrolledStaff, findEmail, signInWithCode } from "../support/staff-e2e";

let browser: Browser;
let db: pg.Client;
jest.setTimeout(240_000);

beforeAll(async () => {
  ({ browser, db } = await openE2eResources());
});
afterAll(() => closeE2eResources({ browser, db }));

async function checkPage(page: Page, where: string, javaScript: boolean, withErrors = false) {
  await expectNoAxeViolationsAtBothWidths(page, where, javaScript);
  await expectErrorTitle(page, withErrors, where);
}

describe.each([
  ["on", true],
  ["off", false],
] as const)("asking for someone else, with JavaScript %s", (label, javaScript) => {
  it("sends a request for a person with their agreement, and staff see who asked", async () => {
    const workerEmail = `rowan.${label}.${Date.now()}@support.example`;
    const personName = `Quinn Behalf ${label}`;
    const context = await newContext(browser, { javaScript, width: 1280 });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);

    await page.goto(`${BASE()}/ask`);
    await page.getByRole("link", { name: "ask for someone else" }).click();
    await page.waitForURL(/\/ask\/for-someone-else$/);
    await checkPage(page, "asking for someone else", javaScript);

    // Nothing answered: every question named, the agreement among them.
    await submit(page);
    const empty = await errorSummary(page);
    expect(empty).toContain(REFERRER_MESSAGES.agreed);
    expect(empty).toContain("Select who you are");
    await checkPage(page, "asking for someone else with errors", javaScript, true);

    // Everything but the agreement: the request cannot go on, and the page says why.
    await page.getByRole("radio", { name: "Victim support service" }).check();
    await page.getByLabel("Your name").fill("Rowan Worker");
    await page.getByLabel("Your organisation (optional)").fill("Victim Care Merseyside");
    await page.getByLabel("Your work email address (optional)").fill(workerEmail);
    await page.getByRole("group", { name: "How did they agree?" }).getByRole("radio", { name: "By phone" }).check();
    await page.getByLabel("When did they agree?").fill("2026-12-01");
    await page
      .getByRole("group", { name: /talk to you about it too/ })
      .getByRole("radio", { name: "No", exact: true })
      .check();
    await page.getByLabel(/I agree to share these answers/).check();
    await submit(page);
    expect(await errorSummary(page)).toEqual([REFERRER_MESSAGES.agreed]);
    await checkPage(page, "asking for someone else without their agreement", javaScript, true);
    // Nothing typed is lost.
    expect(await page.getByLabel("Your name").inputValue()).toBe("Rowan Worker");

    await page.getByLabel(/They know about this request/).check();
    await submit(page, /\/ask\/about-you$/);
    expect(await page.locator("h1").innerText()).toBe("About them");
    await checkPage(page, "about them", javaScript);
    await submit(page);
    expect(await errorSummary(page)).toEqual(["Enter their full name", "Select yes if they are 18 or over"]);
    await checkPage(page, "about them with errors", javaScript, true);
    await page.getByLabel("Their full name").fill(personName);
    await page.getByRole("radio", { name: "Yes", exact: true }).check();
    await submit(page, /\/ask\/safe-contact$/);

    // The person's email cannot be the worker's own.
    expect(await page.locator("h1").innerText()).toBe("Contacting them safely");
    await page.getByRole("checkbox", { name: "Email", exact: true }).check();
    await page.getByLabel("Their email address").fill(workerEmail.toUpperCase());
    await page.locator("#f-messageSafe-yes").check();
    await page.locator("#f-someoneElse-no").check();
    await submit(page);
    expect(await errorSummary(page)).toEqual([REFERRER_MESSAGES.sameEmail]);
    await checkPage(page, "contacting them safely with the worker's email", javaScript, true);
    await page.getByLabel("Their email address").fill(`quinn.${label}@person.example`);
    await submit(page, /\/ask\/what-happened$/);

    await page.locator("#f-crimeType-theft").check();
    await page.locator("#f-whenKnown-notSure").check();
    await page.locator("#f-reportedToPolice-yes").check();
    await submit(page, /\/ask\/person-responsible$/);
    await page.locator("#f-knowWho-yes").check();
    await page.locator("#f-admitted-yes").check();
    await page.locator("#f-justiceStage-notSure").check();
    await submit(page, /\/ask\/what-you-would-like$/);
    expect(await page.locator("h1").innerText()).toBe("What they would like");
    await page.locator("#f-communicationWays-letter").check();
    await submit(page, /\/ask\/support$/);
    await page.locator("#f-interpreter-no").check();
    await submit(page, /\/ask\/check-answers$/);

    const check = await page.locator("main").innerText();
    expect(check).toContain("Who is asking");
    expect(check).toContain("Rowan Worker");
    expect(check).toContain("By phone, on 1 Dec 2026");
    expect(check).toContain("About them");
    expect(check).toContain("you confirm that they know about it and agreed");
    await checkPage(page, "check the answers for someone else", javaScript);

    await submit(page, /\/ask\/confirmation$/);
    const reference = await page.locator(".reference").innerText();
    const sent = await page.locator("main").innerText();
    expect(sent).toContain("we will not tell you how it goes");
    expect(sent).toContain("We will also email you the reference number.");
    // The person's own way in is theirs: no private code is offered to whoever asked.
    expect(await page.getByRole("button", { name: /private code/i }).count()).toBe(0);
    await checkPage(page, "request sent for someone else", javaScript);
    await context.close();

    const { rows } = await db.query(
      `SELECT r.id, r.asked_by, f.name, f.email, r.answers::text AS answers
         FROM referrals r JOIN referrers f ON f.referral_id = r.id WHERE r.reference = $1`,
      [reference],
    );
    expect(rows[0]).toMatchObject({ asked_by: "victimSupport", name: "Rowan Worker", email: workerEmail });
    expect(rows[0].answers).not.toContain("Rowan Worker");
    const confirmation = await findEmail(
      (mail) => JSON.stringify(mail.to).includes(workerEmail),
      "the worker's confirmation",
    );
    expect(confirmation.subject).toBe(`Request received: ${reference}`);
    expect(confirmation.text).not.toContain(personName);

    // Staff see who asked, and how the person agreed, at the top of the referral.
    const staff = await createEnrolledStaff(`Sasha Staff ${label}`, "STAFF");
    const staffContext = await newContext(browser, { javaScript, width: 1280 });
    const staffPage = await staffContext.newPage();
    staffPage.setDefaultTimeout(20_000);
    await signInWithCode(staffPage, staff.email, staff.secret);
    await staffPage.goto(`${BASE()}/staff/referrals/${rows[0].id}`);
    const banner = await staffPage.getByRole("region", { name: "Asked for by someone else" }).innerText();
    expect(banner).toContain(
      "Asked for by Rowan Worker (Victim support service, Victim Care Merseyside) with the person’s agreement (by phone, on 1 Dec 2026)",
    );
    expect(banner).toContain("Contact the person, not the referrer");
    await expectNoAxeViolationsAtBothWidths(staffPage, "a referral asked for by someone else", javaScript);
    await staffContext.close();
  });
});
