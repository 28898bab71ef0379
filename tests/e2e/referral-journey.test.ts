import { jest } from "@jest/globals";
import type pg from "pg";
import type { Browser, Page } from "playwright-core";
import { REFERENCE_PATTERN } from "@/lib/referrals/reference";
import { newContext } from "../support/browser";
import { closeE2eResources, openE2eResources } from "../support/e2e-resources";
import { BASE, errorSummary, expectErrorTitle, expectNoAxeViolations, submit } from "../support/journey";
import { findEmail } from "../support/staff-e2e";

let browser: Browser;
let db: pg.Client;

// A whole journey, with axe on every page and error state, takes a while.
jest.setTimeout(240_000);

beforeAll(async () => {
  ({ browser, db } = await openE2eResources());
});
afterAll(() => closeE2eResources({ browser, db }));

/** The whole journey by mouse, with an error on several pages and a Change from check-your-answers. */
async function completeJourney(page: Page, label: string, javaScript: boolean): Promise<string> {
  // Every page and state: no accessibility problem, and "Error: " in the title only with errors shown.
  const checkAxe = async (where: string) => {
    await expectNoAxeViolations(page, where, javaScript);
    await expectErrorTitle(page, / with (an )?errors?$/.test(where), where);
  };
  const name = `Siobhán O’Neill-Ng ${label} <b>bold</b>`;
  await page.goto(`${BASE()}/ask`);
  await checkAxe("the start page");

  await submit(page);
  expect(await errorSummary(page)).toEqual(["Select that you agree, if you want to continue"]);
  await checkAxe("the start page with an error");
  await page.getByLabel("I agree to share my answers").check();
  await submit(page, /\/ask\/about-you$/);

  await checkAxe("about you");
  await page.getByLabel("Postcode or town (optional)").fill("L20 3AB");
  await submit(page);
  expect(await errorSummary(page)).toEqual(["Enter your full name", "Select yes if you are 18 or over"]);
  await checkAxe("about you with errors");
  // Nothing typed is lost on an error.
  expect(await page.getByLabel("Postcode or town (optional)").inputValue()).toBe("L20 3AB");
  await page.getByLabel("Full name").fill(name);
  await page.getByRole("radio", { name: "Yes", exact: true }).check();
  await submit(page, /\/ask\/safe-contact$/);

  await checkAxe("safe contact");
  await page.getByRole("checkbox", { name: "Phone call" }).check();
  await page.getByRole("checkbox", { name: "Email", exact: true }).check();
  await page.getByLabel("Email address").fill("victim@example");
  await page
    .getByRole("group", { name: "Is it safe to leave a voicemail or message?" })
    .getByRole("radio", { name: "No", exact: true })
    .check();
  await page
    .getByRole("group", { name: /Could someone else answer/ })
    .getByRole("radio", { name: "I’m not sure", exact: true })
    .check();
  await submit(page);
  expect(await errorSummary(page)).toEqual([
    "Enter the phone number we can call",
    "Enter an email address in the correct format, like name@example.com",
  ]);
  await checkAxe("safe contact with errors");
  await page.getByLabel("Phone number").fill("0151 496 0000");
  await page.getByLabel("Email address").fill("victim@example.com");
  await submit(page, /\/ask\/what-happened$/);

  await checkAxe("what happened");
  await page.getByRole("radio", { name: "Something else", exact: true }).check();
  await page
    .getByRole("group", { name: "Do you know roughly when it happened?" })
    .getByRole("radio", { name: "Yes", exact: true })
    .check();
  await page.getByLabel("Month", { exact: true }).fill("13");
  await page.getByLabel("Year", { exact: true }).fill("2024");
  await page
    .getByRole("group", { name: "Was it reported to the police?" })
    .getByRole("radio", { name: "Yes", exact: true })
    .check();
  await submit(page);
  expect(await errorSummary(page)).toEqual([
    "Tell us briefly what happened",
    "Enter the month as a number from 1 to 12",
  ]);
  await checkAxe("what happened with errors");
  await page.getByLabel("What happened, in a few words").fill("Online threats");
  await page.getByLabel("Month", { exact: true }).fill("3");
  await page.getByLabel("Where did it happen? (optional)").fill("Bootle");
  await submit(page, /\/ask\/person-responsible$/);

  await checkAxe("the person responsible");
  await page
    .getByRole("group", { name: "Do you know who is responsible?" })
    .getByRole("radio", { name: "Yes", exact: true })
    .check();
  await page
    .getByRole("group", { name: "Have they admitted what they did?" })
    .getByRole("radio", { name: "I’m not sure", exact: true })
    .check();
  await page.getByRole("radio", { name: "They are in prison", exact: true }).check();
  await submit(page, /\/ask\/what-you-would-like$/);

  await checkAxe("what you would like");
  await page.getByRole("checkbox", { name: "Writing or receiving a letter" }).check();
  await submit(page, /\/ask\/support$/);

  await checkAxe("support");
  await page.getByRole("radio", { name: "Yes", exact: true }).check();
  await submit(page);
  expect(await errorSummary(page)).toEqual(["Enter the language you need"]);
  await checkAxe("support with an error");
  await page.getByLabel("Which language?").fill("Polish");
  await submit(page, /\/ask\/check-answers$/);

  await checkAxe("check your answers");
  const main = page.locator("main");
  await expect(main.innerText()).resolves.toContain(name);
  await expect(main.innerText()).resolves.toContain("March 2024");
  // Change an answer and come straight back.
  await page.getByRole("link", { name: "Change where did it happen?" }).click();
  await page.waitForURL(/\/ask\/what-happened\?return=check/);
  expect(await page.getByLabel("Where did it happen? (optional)").inputValue()).toBe("Bootle");
  await page.getByLabel("Where did it happen? (optional)").fill("Kirkby");
  // (Without JavaScript the browser keeps the #fragment of the Change link through the redirect.)
  await submit(page, /\/ask\/check-answers(#[\w-]+)?$/);
  await expect(main.innerText()).resolves.toContain("Kirkby");

  await submit(page, /\/ask\/confirmation(#[\w-]+)?$/);
  await checkAxe("the confirmation");
  const reference = await page.locator(".reference").innerText();
  expect(reference).toMatch(REFERENCE_PATTERN);
  return reference;
}

function providerEmailFor(reference: string) {
  return findEmail((mail) => mail.subject === `New request ${reference}`, `the provider email for ${reference}`);
}

describe.each([
  ["on", true],
  ["off", false],
] as const)("the referral journey with JavaScript %s", (label, javaScript) => {
  it("takes a victim from consent to a reference, and the provider gets every answer", async () => {
    const context = await newContext(browser, { javaScript });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const reference = await completeJourney(page, `js-${label}`, javaScript);

    const rows = await db.query("SELECT full_name, answers FROM referrals WHERE reference = $1", [reference]);
    expect(rows.rowCount).toBe(1);
    expect(rows.rows[0].full_name).toBe(`Siobhán O’Neill-Ng js-${label} <b>bold</b>`);
    expect(rows.rows[0].answers["what-happened"]).toMatchObject({
      crimeType: "other",
      crimeTypeOther: "Online threats",
      area: "Kirkby",
      month: "3",
      year: "2024",
    });

    const mail = await providerEmailFor(reference);
    expect(mail.text).toContain(`Full name: Siobhán O’Neill-Ng js-${label} <b>bold</b>`);
    expect(mail.text).toContain("Where it happened: Kirkby"); // staff read the answers in the third person
    expect(mail.html).toContain("&lt;b&gt;bold&lt;/b&gt;");

    // Back, and send again: still one referral, same reference.
    await page.goBack();
    await page.waitForURL(/\/ask\/(check-answers|confirmation)(#[\w-]+)?$/);
    if (page.url().includes("/check-answers")) await page.reload();
    await page.waitForURL(/\/ask\/confirmation(#[\w-]+)?$/);
    expect(await page.locator(".reference").innerText()).toBe(reference);
    expect(
      (
        await db.query("SELECT count(*)::int AS n FROM referrals WHERE full_name = $1", [
          `Siobhán O’Neill-Ng js-${label} <b>bold</b>`,
        ])
      ).rows[0].n,
    ).toBe(1);

    // Nothing about the journey is kept in the browser.
    const cookies = await context.cookies();
    expect(cookies.map((c) => c.name)).toEqual(["sid"]);
    expect(cookies[0]!.httpOnly).toBe(true);
    expect(cookies[0]!.expires).toBe(-1);
    if (javaScript) expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    await context.close();
  });
});
