/**
 * WCAG 2.2 SC 2.4.11 Focus Not Obscured: the sticky "Exit this page" bar must
 * never cover what has focus. On a 320 × 568 phone and at 400 % zoom (a
 * 1280 × 1024 screen shows 320 × 256 CSS pixels), with and without
 * JavaScript: every error-summary link, and Tab and Shift+Tab through every
 * public page and a question page.
 */
import { jest } from "@jest/globals";
import type pg from "pg";
import type { Browser, Page } from "playwright-core";
import { closeE2eResources, openE2eResources } from "../support/e2e-resources";
import { PUBLIC_PAGES } from "@/lib/content/site";
import { LANGUAGE_PAGES, languagePath } from "@/lib/languages";
import { BASE, expectNoAxeViolations, submit } from "../support/journey";

jest.setTimeout(300_000);

let browser: Browser;
let db: pg.Client;

beforeAll(async () => {
  ({ browser, db } = await openE2eResources());
});
afterAll(() => closeE2eResources({ browser, db }));

const VIEWPORTS = [
  { name: "a 320 × 568 phone", width: 320, height: 568, touch: true },
  { name: "400 % zoom (320 × 256)", width: 320, height: 256, touch: false },
];

/**
 * Whether `element` (the focused element, or the target of the address) is
 * hidden by something else, such as the Exit bar: it is, if the centre of
 * none of its boxes (a wrapped link has one a line) shows it. Returns a short
 * description of the problem, or null.
 */
async function coveredAt(page: Page, which: "focus" | "target"): Promise<string | null> {
  return page.evaluate((kind) => {
    const element = kind === "focus" ? document.activeElement : document.querySelector(":target");
    if (!element || element === document.body) return null;
    const boxes = [...element.getClientRects()].filter((box) => box.width > 0 && box.height > 0);
    if (boxes.length === 0) return null;
    const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} “${(element.textContent ?? "").trim().slice(0, 30)}”`;
    const hits = boxes.map((box) => {
      const y = box.top + box.height / 2;
      if (y < 0 || y > window.innerHeight) return "off the screen";
      const hit = document.elementFromPoint(box.left + box.width / 2, y);
      return !hit || hit === element || element.contains(hit)
        ? null
        : `covered by ${hit.tagName.toLowerCase()}.${hit.className}`;
    });
    return hits.includes(null) ? null : `${name}: ${hits[0]}`;
  }, which);
}

/**
 * After an error link: the question's label (or a radio group's legend) is
 * below the Exit bar, wherever the question and its input fit on the screen
 * together (at 400 % zoom a long question may not: then the input comes first).
 */
async function questionShown(page: Page, id: string): Promise<boolean> {
  return page.evaluate((fieldId) => {
    const input = document.getElementById(fieldId) as HTMLInputElement;
    const choice = input.type === "radio" || input.type === "checkbox";
    const heading =
      (choice
        ? input.closest("fieldset")?.querySelector("legend")
        : document.querySelector(`label[for="${fieldId}"]`)) ?? input;
    const barBottom = document.querySelector(".exit-this-page")!.getBoundingClientRect().bottom;
    const top = heading.getBoundingClientRect().top;
    const fits = input.getBoundingClientRect().bottom - top <= window.innerHeight - barBottom;
    return !fits || top >= barBottom;
  }, id);
}

async function tabThrough(page: Page, key: "Tab" | "Shift+Tab", presses: number, problems: string[], where: string) {
  for (let i = 0; i < presses; i += 1) {
    await page.keyboard.press(key);
    const problem = await coveredAt(page, "focus");
    if (problem) problems.push(`${where}, ${key} ${i + 1}: ${problem}`);
  }
}

describe.each(VIEWPORTS)("nothing focused is hidden by the Exit bar on $name", ({ width, height, touch }) => {
  it.each([true, false])("with JavaScript %s: error-summary links, and Tab and Shift+Tab", async (javaScript) => {
    const context = await browser.newContext({
      javaScriptEnabled: javaScript,
      viewport: { width, height },
      hasTouch: touch,
      isMobile: touch,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const problems: string[] = [];

    // The bar is one compact line.
    await page.goto(`${BASE()}/how-it-works`);
    const bar = await page.locator(".exit-this-page").boundingBox();
    expect(bar!.height).toBeLessThanOrEqual(60);
    // The site's links are behind "Menu", which opens by keyboard, with or without JavaScript.
    expect(await page.locator(".site-nav__wide").isVisible()).toBe(false);
    await page.locator(".site-nav__menu > summary").focus();
    await page.keyboard.press("Enter");
    expect(await page.locator(".site-nav__menu a").first().isVisible()).toBe(true);
    await expectNoAxeViolations(page, `the open Menu at ${width} × ${height}`, javaScript);
    await tabThrough(page, "Tab", 25, problems, "a content page");
    await tabThrough(page, "Shift+Tab", 25, problems, "a content page");
    // Every other public page: down by Tab, back up by Shift+Tab.
    for (const { href } of PUBLIC_PAGES.filter((p) => p.href !== "/how-it-works")) {
      await page.goto(`${BASE()}${href}`);
      await tabThrough(page, "Tab", 20, problems, href);
      await tabThrough(page, "Shift+Tab", 20, problems, href);
    }

    // The pages in other languages, Arabic's right to left among them.
    for (const code of ["ar", "pl"] as const)
      for (const part of LANGUAGE_PAGES) {
        const href = languagePath(code, part);
        await page.goto(`${BASE()}${href}`);
        await tabThrough(page, "Tab", 20, problems, href);
        await tabThrough(page, "Shift+Tab", 20, problems, href);
      }

    // A question page with many errors at once (a long page: the later questions are far down).
    await page.goto(`${BASE()}/ask`);
    await page.getByLabel("I agree to share my answers").check();
    await submit(page, /\/ask\/about-you$/);
    await page.getByLabel("Full name").fill("Focus Person");
    await page.getByRole("radio", { name: "Yes", exact: true }).check();
    await submit(page, /\/ask\/safe-contact$/);
    if (javaScript) {
      // The conditional questions are hidden from the first paint: nothing moves as the script loads.
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
            }).observe({ type: "layout-shift", buffered: true });
            setTimeout(() => resolve(total), 500);
          }),
      );
      expect(shift).toBeLessThan(0.01);
    }
    // Radios and checkboxes as big as GOV.UK's: 40 px.
    for (const control of [
      page.getByRole("checkbox", { name: "Phone call" }),
      page.locator('input[type="radio"]').first(),
    ]) {
      const box = await control.boundingBox();
      expect([Math.round(box!.width), Math.round(box!.height)]).toEqual([40, 40]);
    }
    await page.getByRole("checkbox", { name: "Phone call" }).check();
    await page.getByRole("checkbox", { name: "Email", exact: true }).check();
    if (!javaScript) {
      // Without JavaScript every conditional question is already on the page.
      expect(await page.getByLabel("Phone number").isVisible()).toBe(true);
    }
    await page.getByLabel("Email address").fill("not-an-email");
    await submit(page);
    const links = page.locator(".error-summary a");
    await links.first().waitFor();
    expect(await page.title()).toMatch(/^Error: Contacting you safely – /); // with or without JavaScript
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(hrefs.length).toBeGreaterThanOrEqual(4); // every error at once
    for (const href of hrefs) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator(`.error-summary a[href="${href}"]`).click();
      const problem = await coveredAt(page, javaScript ? "focus" : "target");
      if (problem) problems.push(`error link ${href}: ${problem}`);
      if (javaScript) {
        expect(await page.evaluate(() => `#${document.activeElement?.id}`)).toBe(href);
        if (!(await questionShown(page, href.slice(1))))
          problems.push(`error link ${href}: the question's label is under the bar`);
      }
    }
    await tabThrough(page, "Shift+Tab", 30, problems, "the question page");
    await tabThrough(page, "Tab", 30, problems, "the question page");

    expect(problems).toEqual([]);
    await context.close();
  });
});
