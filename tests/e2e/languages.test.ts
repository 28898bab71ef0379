/**
 * Pages and the short request in Arabic, Polish and Portuguese (issue 23), in
 * Chromium with JavaScript on and off: each page marked with its language and
 * direction (Arabic right to left, laid out as a mirror), a language list
 * naming each language in itself, axe at 1280 and 320 px and nothing wider
 * than 320 px; the short request in Polish and in Arabic, its problems named
 * in that language, makes a referral staff see as asked in that language.
 */
import { jest } from "@jest/globals";
import type pg from "pg";
import type { Browser, Page } from "playwright-core";
import { LANGUAGE_PAGES, LANGUAGES, languagePath } from "@/lib/languages";
import { shortFormIn } from "@/lib/referrals/short-request-words";
import { translatorFor } from "@/lib/i18n/translations";
import { newContext } from "../support/browser";
import { closeE2eResources, openE2eResources } from "../support/e2e-resources";
import { BASE, errorSummary, expectNoAxeViolationsAtBothWidths, submit } from "../support/journey";
import { createEnrolledStaff, signInWithCode } from "../support/staff-e2e";

let browser: Browser;
let db: pg.Client;
jest.setTimeout(300_000);

beforeAll(async () => {
  ({ browser, db } = await openE2eResources());
});
afterAll(() => closeE2eResources({ browser, db }));

async function fitsAt320(page: Page, where: string) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 640 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.setViewportSize(size);
  expect([where, width <= 320]).toEqual([where, true]);
}

describe.each([
  ["on", true],
  ["off", false],
] as const)("other languages, with JavaScript %s", (label, javaScript) => {
  it("shows every page in each language, marked and mirrored, with the language list", async () => {
    const context = await newContext(browser, { javaScript, width: 1280 });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    // The English pages list every language, each in itself.
    await page.goto(`${BASE()}/what-is-restorative-justice`);
    const list = page.getByRole("navigation", { name: "Other languages" });
    expect(await list.getByRole("link").allInnerTexts()).toEqual(["العربية", "Polski", "Português"]);
    expect(await list.getByRole("link", { name: "Polski" }).getAttribute("lang")).toBe("pl");

    for (const language of LANGUAGES) {
      const t = translatorFor(language.code);
      for (const part of LANGUAGE_PAGES) {
        const where = `${languagePath(language.code, part)}`;
        await page.goto(`${BASE()}${where}`);
        expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
          language.code,
          language.dir,
        ]);
        expect(await page.title()).toMatch(new RegExp(` – ${t("frame.service")}$`));
        expect(await page.getByRole("link", { name: t("frame.exit") }).count()).toBe(1);
        // Back to English from every page, and the other languages named in themselves.
        expect(await page.getByRole("link", { name: "English", exact: true }).getAttribute("lang")).toBe("en-GB");
        // Served from the page cache (issue 24), but for the short request: Exit this page's script alone.
        const scripts = await page.locator("script[src]").evaluateAll((s) => s.map((e) => e.getAttribute("src")));
        if (part === "how-to-ask") expect(scripts.length).toBeGreaterThan(1);
        else expect(scripts).toEqual(["/exit-this-page.js"]);
        await expectNoAxeViolationsAtBothWidths(page, where, javaScript);
        await fitsAt320(page, where);
      }
    }

    // Right to left really mirrors: the heading starts at the right, the Exit button is on the left.
    await page.goto(`${BASE()}/ar`);
    const heading = (await page.locator("h1").boundingBox())!;
    const main = (await page.locator("main").boundingBox())!;
    expect(Math.abs(heading.x + heading.width - (main.x + main.width))).toBeLessThan(2);
    const exit = (await page.locator(".exit-this-page__button").boundingBox())!;
    expect(exit.x).toBeLessThan(640);
    await context.close();
  });

  it.each([
    ["pl", "Ania Polska"],
    ["ar", "سارة"],
  ] as const)("takes the short request in %s, with its problems in that language", async (code, name) => {
    const t = translatorFor(code);
    const { messages, formWords } = shortFormIn(t);
    const context = await newContext(browser, { javaScript, width: 1280 });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${BASE()}${languagePath(code)}`);
    await page
      .getByRole("link", { name: t("titles.ask") })
      .first()
      .click();
    await page.waitForURL(new RegExp(`/${code}/how-to-ask$`));
    await expectNoAxeViolationsAtBothWidths(page, `the short request in ${code}`, javaScript);

    await submit(page);
    const problems = await errorSummary(page);
    expect(problems).toEqual([
      messages.name,
      messages.over18,
      messages.contact,
      messages.messageSafe,
      messages.someoneElse,
      messages.consent,
    ]);
    expect(await page.locator(".error-summary h2").innerText()).toBe(formWords.problem);
    await page.waitForFunction((prefix) => document.title.startsWith(prefix), `${formWords.error}: `);
    if (javaScript) expect(await page.evaluate(() => document.activeElement?.className)).toBe("error-summary");
    await expectNoAxeViolationsAtBothWidths(page, `the short request in ${code} with errors`, javaScript);
    await fitsAt320(page, `the short request in ${code} with errors`);

    await page.getByLabel(t("ask.name")).fill(name);
    await page
      .getByRole("group", { name: t("ask.over18") })
      .getByRole("radio", { name: t("ask.yes"), exact: true })
      .check();
    await page.getByRole("checkbox", { name: t("ask.phoneCall") }).check();
    await page.getByLabel(t("ask.phone"), { exact: true }).fill("12");
    await page
      .getByRole("group", { name: t("ask.messageSafe") })
      .getByRole("radio", { name: t("ask.no"), exact: true })
      .check();
    await page
      .getByRole("group", { name: t("ask.someoneElse") })
      .getByRole("radio", { name: t("ask.notSure"), exact: true })
      .check();
    await page.getByRole("checkbox", { name: t("ask.consent") }).check();
    await submit(page);
    expect(await errorSummary(page)).toEqual([messages.phoneInvalid]);
    await page.getByLabel(t("ask.phone"), { exact: true }).fill("0151 496 0123");
    await submit(page, new RegExp(`/${code}/sent$`));
    const reference = await page.locator(".reference").innerText();
    expect(await page.locator("h1").innerText()).toBe(t("titles.sent"));
    await expectNoAxeViolationsAtBothWidths(page, `the short request in ${code} sent`, javaScript);
    await context.close();

    const { rows } = await db.query("SELECT id, asked_in, full_name, answers FROM referrals WHERE reference = $1", [
      reference,
    ]);
    expect(rows[0]).toMatchObject({ asked_in: code, full_name: name });
    expect(rows[0].answers["safe-contact"]).toMatchObject({ contactMethods: ["phone"], messageSafe: "no" });

    if (code !== "pl") return;
    // Staff see, at the top, that it was asked in Polish and needs an interpreter.
    const staff = await createEnrolledStaff(`Lena Languages ${label}`, "STAFF");
    const staffContext = await newContext(browser, { javaScript, width: 1280 });
    const staffPage = await staffContext.newPage();
    staffPage.setDefaultTimeout(20_000);
    await signInWithCode(staffPage, staff.email, staff.secret);
    await staffPage.goto(`${BASE()}/staff/referrals/${rows[0].id}`);
    expect(
      await staffPage.getByRole("region", { name: "Asked in Polish: contact with an interpreter" }).innerText(),
    ).toContain("A short request");
    expect(await staffPage.locator("main").innerText()).toContain(
      "Not asked yet (a short request in another language).",
    );
    await expectNoAxeViolationsAtBothWidths(staffPage, "a referral asked in Polish", javaScript);
    await staffContext.close();
  });
});
