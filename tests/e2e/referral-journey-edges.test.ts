import { jest } from "@jest/globals";
import type pg from "pg";
import type { Browser, Page } from "playwright-core";
import { REFERENCE_PATTERN } from "@/lib/referrals/reference";
import { newContext } from "../support/browser";
import { closeE2eResources, openE2eResources } from "../support/e2e-resources";
import {
  BASE,
  choose,
  errorSummary,
  expectNoAxeViolations,
  pressSubmit,
  submit,
  tick,
  typeInto,
} from "../support/journey";

jest.setTimeout(180_000);

let browser: Browser;
let db: pg.Client;

beforeAll(async () => {
  ({ browser, db } = await openE2eResources());
});
afterAll(() => closeE2eResources({ browser, db }));

async function startJourney(page: Page) {
  await page.goto(`${BASE()}/ask`);
  await page.getByLabel("I agree to share my answers").check();
  await submit(page, /\/ask\/about-you$/);
}

describe("the referral journey by keyboard alone", () => {
  it("can be completed with Tab, arrow keys, Space, Enter and typing", async () => {
    const context = await newContext(browser, { javaScript: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${BASE()}/ask`);

    await tick(page, "f-consent");
    await pressSubmit(page, /\/ask\/about-you$/);
    await typeInto(page, "f-fullName", "Keyboard User");
    await choose(page, "over18", "yes");
    await pressSubmit(page, /\/ask\/safe-contact$/);

    await tick(page, "f-contactMethods-text");
    await typeInto(page, "f-mobileNumber", "07700 900982");
    await choose(page, "messageSafe", "notSure");
    await choose(page, "someoneElse", "no");
    await pressSubmit(page, /\/ask\/what-happened$/);

    await choose(page, "crimeType", "harassment");
    await choose(page, "whenKnown", "notSure");
    await choose(page, "reportedToPolice", "no");
    await pressSubmit(page, /\/ask\/person-responsible$/);

    await choose(page, "knowWho", "yes");
    await choose(page, "admitted", "no");
    await choose(page, "justiceStage", "notReported");
    await pressSubmit(page, /\/ask\/what-you-would-like$/);

    await tick(page, "f-communicationWays-notSure");
    await pressSubmit(page, /\/ask\/support$/);

    await choose(page, "interpreter", "no");
    await pressSubmit(page, /\/ask\/check-answers$/);
    await pressSubmit(page, /\/ask\/confirmation$/);
    expect(await page.locator(".reference").innerText()).toMatch(REFERENCE_PATTERN);
    await context.close();
  });
});

describe("leaving mid-journey", () => {
  it("Exit this page deletes the draft, and the old cookie no longer resumes it", async () => {
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    await startJourney(page);
    await page.getByLabel("Full name").fill("Exiting Person");
    await page.getByRole("radio", { name: "Yes", exact: true }).check();
    await submit(page, /\/ask\/safe-contact$/);
    const cookie = (await context.cookies()).find((c) => c.name === "sid")!;
    const before = await db.query(
      "SELECT count(*)::int AS n FROM referral_drafts WHERE answers::text LIKE '%Exiting Person%'",
    );
    expect(before.rows[0].n).toBe(1);

    await page.getByRole("link", { name: "Emergency Exit this page" }).click();
    await page.waitForURL(`${process.env.E2E_NEUTRAL_URL}/weather`);
    const after = await db.query(
      "SELECT count(*)::int AS n FROM referral_drafts WHERE answers::text LIKE '%Exiting Person%'",
    );
    expect(after.rows[0].n).toBe(0);

    // Even with the old cookie put back, there is nothing to resume.
    await context.addCookies([cookie]);
    await page.goto(`${BASE()}/ask/about-you`);
    await page.waitForURL(/\/ask\/session-expired$/);
    expect(await page.locator("h1").innerText()).toBe("Your answers have been deleted");
    await context.close();
  });

  it("a draft left alone past its expiry is gone, and the page says nothing was sent", async () => {
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    await startJourney(page);
    await db.query(
      "UPDATE referral_drafts SET expires_at = now() - interval '1 second' WHERE expires_at > now() - interval '1 minute' AND answers::text NOT LIKE '%fullName%'",
    );
    await page.goto(`${BASE()}/ask/about-you`);
    await page.waitForURL(/\/ask\/session-expired$/);
    expect(await page.locator("main").innerText()).toContain("Nothing was sent");
    await expectNoAxeViolations(page, "the session-expired page", false);
    await context.close();
  });
});

describe("the inactivity warning", () => {
  it("warns with JavaScript before the answers are deleted, and carrying on keeps them", async () => {
    const context = await newContext(browser, { javaScript: true });
    const page = await context.newPage();
    await startJourney(page);
    await page.getByLabel("Full name").fill("Warned Person");
    await page.getByRole("radio", { name: "Yes", exact: true }).check();
    await submit(page, /\/ask\/safe-contact$/);
    // As if the victim had done nothing for 56 minutes.
    await db.query(
      "UPDATE referral_drafts SET expires_at = now() + interval '4 minutes' WHERE answers::text LIKE '%Warned Person%'",
    );
    await page.reload();
    const dialog = page.getByRole("dialog", { name: "Do you want to carry on?" });
    await dialog.waitFor();
    // It counts down, from what the server said was left.
    expect(await dialog.locator(".timeout-dialog__count").innerText()).toMatch(
      /^[34] minutes? \d+ seconds?$|^4 minutes$/,
    );
    await expectNoAxeViolations(page, "the inactivity warning", true);
    await dialog.getByRole("button", { name: "Carry on with my answers" }).click();
    await dialog.waitFor({ state: "hidden" });
    const row = await db.query(
      "SELECT expires_at > now() + interval '50 minutes' AS extended FROM referral_drafts WHERE answers::text LIKE '%Warned Person%'",
    );
    expect(row.rows[0].extended).toBe(true);
    await context.close();
  });
});

describe("the inactivity warning on a phone whose clock is wrong", () => {
  it("is not fooled by a clock 55 minutes fast: the server says how long is left", async () => {
    const context = await newContext(browser, { javaScript: true });
    await context.addInitScript(() => {
      const offset = 55 * 60_000;
      const RealDate = Date;
      class FastDate extends RealDate {
        constructor(...args: []) {
          super(...((args.length ? args : [RealDate.now() + offset]) as []));
        }
        static now() {
          return RealDate.now() + offset;
        }
      }
      globalThis.Date = FastDate as DateConstructor;
    });
    const page = await context.newPage();
    await startJourney(page);
    expect(await page.evaluate(() => Date.now() - performance.timeOrigin - performance.now())).toBeGreaterThan(
      50 * 60_000,
    );
    await page.waitForTimeout(1500);
    expect(page.url()).toMatch(/\/ask\/about-you$/); // not sent to "session expired"
    expect(await page.getByRole("dialog", { name: "Do you want to carry on?" }).isVisible()).toBe(false);
    await context.close();
  });
});

describe("answers the journey does not accept", () => {
  it("explains that under-18s cannot use the form, and makes no referral", async () => {
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    await startJourney(page);
    await page.getByLabel("Full name").fill("Young Person");
    await page.getByRole("radio", { name: "No", exact: true }).check();
    await submit(page, /\/ask\/under-18$/);
    expect(await page.locator("h1").innerText()).toBe("You need to be 18 or over to use this form");
    expect(await page.locator("main").innerText()).toContain("0800 1111");
    await expectNoAxeViolations(page, "the under-18 page", false);
    await page.goto(`${BASE()}/ask/check-answers`);
    await submit(page);
    expect(await errorSummary(page)).toContain("Answer the questions in “About you”");
    await expectNoAxeViolations(page, "check your answers with an error", false);
    expect(
      (await db.query("SELECT count(*)::int AS n FROM referrals WHERE full_name = 'Young Person'")).rows[0].n,
    ).toBe(0);
    await context.close();
  });

  it("gives a clear message, not an error page, for an answer longer than the browser allows", async () => {
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    await startJourney(page);
    // Get round the browser's maxlength, as a hand-made request would.
    await page.locator("#f-fullName").evaluate((input) => input.removeAttribute("maxlength"));
    await page.locator("#f-fullName").fill("x".repeat(150));
    await page.getByRole("radio", { name: "Yes", exact: true }).check();
    await submit(page);
    expect(await errorSummary(page)).toEqual(["Full name must be 100 characters or fewer"]);
    await context.close();
  });

  it("refuses a request body far over the limit", async () => {
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    await startJourney(page);
    await page.locator("#f-location").evaluate((input) => {
      input.removeAttribute("maxlength");
      (input as HTMLInputElement).value = "x".repeat(200_000);
    });
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.locator('main button[type="submit"]').click(),
    ]);
    expect(response.status()).toBe(413);
    expect(await page.locator("h1").innerText()).toBe("Your answer is too long");
    await context.close();
  });
});
