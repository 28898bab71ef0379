import { jest } from "@jest/globals";
import { generate } from "otplib";
import type pg from "pg";
import type { Browser } from "playwright-core";
import { newContext } from "../support/browser";
import { closeE2eResources, openE2eResources } from "../support/e2e-resources";
import { BASE, choose, quickJourney, tabTo, typeInto } from "../support/journey";
import { createEnrolledStaff, STAFF_PASSWORD } from "../support/staff-e2e";

jest.setTimeout(180_000);

let browser: Browser;
let db: pg.Client;

beforeAll(async () => {
  ({ browser, db } = await openE2eResources());
});
afterAll(() => closeE2eResources({ browser, db }));

describe("the staff workspace by keyboard alone", () => {
  it("signs in with two-factor, opens a referral from the inbox and moves it on", async () => {
    // An account that has already enrolled (enrolment itself is covered by staff-sign-in.test.ts).
    const { email, secret } = await createEnrolledStaff("Kim Keyboard", "STAFF");
    const victim = await (await newContext(browser, { javaScript: false })).newPage();
    const reference = await quickJourney(victim, BASE(), "Keyboard Case");

    const page = await (await newContext(browser, { javaScript: true })).newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${BASE()}/staff/sign-in`);
    await typeInto(page, "f-email", email);
    await typeInto(page, "f-password", STAFF_PASSWORD);
    await Promise.all([page.waitForURL(/\/staff\/two-factor/), page.keyboard.press("Enter")]);
    await typeInto(page, "f-code", await generate({ secret }));
    await Promise.all([page.waitForURL(`${BASE()}/staff`), page.keyboard.press("Enter")]);

    const id = (await db.query("SELECT id FROM referrals WHERE reference = $1", [reference])).rows[0].id as string;
    await tabTo(page, `a[href="/staff/referrals/${id}"]`, 200);
    await Promise.all([page.waitForURL(/\/staff\/referrals\//), page.keyboard.press("Enter")]);
    await choose(page, "to", "CONTACTING");
    await tabTo(page, 'form:has(input[name="to"]) button[type="submit"]');
    await page.keyboard.press("Enter");
    await page.locator(".timeline").getByText("Status: New → Contacting").waitFor();
    expect((await db.query("SELECT status FROM referrals WHERE reference = $1", [reference])).rows[0].status).toBe(
      "CONTACTING",
    );
  });
});
