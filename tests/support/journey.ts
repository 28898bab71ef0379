/** Driving the referral journey in a browser, by mouse or by keyboard alone. */
import type { Page } from "playwright-core";
import { axeViolations, axeViolationsWithoutJavaScript } from "./axe";

export const BASE = () => process.env.E2E_BASE_URL!;

export async function continueButton(page: Page) {
  return page.locator('main button[type="submit"]');
}

/** Submits the form and waits for the next page (or the same page with errors). */
export async function submit(page: Page, urlAfter?: RegExp) {
  await Promise.all([
    urlAfter ? page.waitForURL(urlAfter) : page.waitForLoadState(),
    page.locator('main button[type="submit"]').click(),
  ]);
}

/** axe on the page as it is; `javaScript` says whether the page's context runs scripts. */
export async function expectNoAxeViolations(page: Page, where: string, javaScript: boolean) {
  // After a client-side navigation Next.js sets the new title a moment after the page.
  if (javaScript) await page.waitForFunction(() => document.title !== "");
  const violations = javaScript ? await axeViolations(page) : await axeViolationsWithoutJavaScript(page);
  if (violations.length) throw new Error(`axe found problems on ${where}:\n${violations.join("\n")}`);
}

/**
 * The page's title starts "Error: " exactly when the page shows errors (GOV.UK),
 * with JavaScript and without. With JavaScript the title follows the page a
 * moment later, so it is waited for.
 */
export async function expectErrorTitle(page: Page, showsErrors: boolean, where: string) {
  const deadline = Date.now() + 5_000;
  let title = await page.title();
  while ((title === "" || title.startsWith("Error: ") !== showsErrors) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    title = await page.title();
  }
  if (title.startsWith("Error: ") !== showsErrors)
    throw new Error(`${where}: the title is “${title}”, ${showsErrors ? "without" : "with"} “Error: ”`);
}

/** axe at the page's width and again on a small phone's (320 px), then back. */
export async function expectNoAxeViolationsAtBothWidths(page: Page, where: string, javaScript: boolean) {
  await expectNoAxeViolations(page, where, javaScript);
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoAxeViolations(page, `${where}, at 320 px`, javaScript);
  await page.setViewportSize(size);
}

/** The error summary's messages, once it is there. */
export async function errorSummary(page: Page): Promise<string[]> {
  const summary = page.locator(".error-summary");
  await summary.waitFor();
  return summary.locator("li").allInnerTexts();
}

// ---- keyboard only ----

/** Presses Tab until the focused element matches `selector`. */
export async function tabTo(page: Page, selector: string, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Could not reach ${selector} with the Tab key`);
}

export async function typeInto(page: Page, id: string, text: string) {
  await tabTo(page, `#${id}`);
  await page.keyboard.type(text);
}

export async function tick(page: Page, id: string) {
  await tabTo(page, `#${id}`);
  await page.keyboard.press("Space");
}

/** Tabs into a radio group, then moves with the arrow keys to `value`. */
export async function choose(page: Page, name: string, value: string) {
  await tabTo(page, `input[type="radio"][name="${name}"]`);
  for (let i = 0; i < 20; i += 1) {
    if (await page.evaluate((v) => (document.activeElement as HTMLInputElement).value === v, value)) {
      await page.keyboard.press("Space");
      return;
    }
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`Could not choose ${value} for ${name}`);
}

export async function pressSubmit(page: Page, urlAfter: RegExp) {
  await tabTo(page, 'main button[type="submit"]');
  await Promise.all([page.waitForURL(urlAfter), page.keyboard.press("Enter")]);
}

/** The shortest complete journey, by mouse, without checks on the way: returns the reference. */
/** The shortest whole journey: by letter, or, given `email`, by email. Returns the reference. */
export async function quickJourney(
  page: Page,
  base: string,
  fullName: string,
  contact: { email?: string } = {},
): Promise<string> {
  await page.goto(`${base}/ask`);
  await page.getByLabel("I agree to share my answers").check();
  await submit(page, /\/ask\/about-you$/);
  await page.getByLabel("Full name").fill(fullName);
  await page.getByRole("radio", { name: "Yes", exact: true }).check();
  await submit(page, /\/ask\/safe-contact$/);
  if (contact.email) {
    await page.getByRole("checkbox", { name: "Email", exact: true }).check();
    await page.getByLabel("Email address").fill(contact.email);
  } else {
    await page.getByRole("checkbox", { name: "Letter" }).check();
    await page.getByLabel("Postal address, including postcode").fill("1 Example Street\nLiverpool L1 1AA");
  }
  await page.locator("#f-messageSafe-yes").check();
  await page.locator("#f-someoneElse-no").check();
  await submit(page, /\/ask\/what-happened$/);
  await page.locator("#f-crimeType-theft").check();
  await page.locator("#f-whenKnown-notSure").check();
  await page.locator("#f-reportedToPolice-notSure").check();
  await submit(page, /\/ask\/person-responsible$/);
  await page.locator("#f-knowWho-notSure").check();
  await page.locator("#f-admitted-notSure").check();
  await page.locator("#f-justiceStage-notSure").check();
  await submit(page, /\/ask\/what-you-would-like$/);
  await page.locator("#f-communicationWays-meeting").check();
  await submit(page, /\/ask\/support$/);
  await page.locator("#f-interpreter-no").check();
  await submit(page, /\/ask\/check-answers$/);
  await submit(page, /\/ask\/confirmation$/);
  return page.locator(".reference").innerText();
}
