/**
 * The Easy Read pages (issue 23): reached from the pages they explain; each
 * point a short sentence with its picture, every picture with a text
 * alternative; no accessibility violation at 1280 and 320 px, with and
 * without JavaScript; nothing wider than a phone's screen.
 */
import { jest } from "@jest/globals";
import type { Browser } from "playwright-core";
import { EASY_READ } from "@/lib/content/easy-read";
import { launchBrowser, newContext } from "../support/browser";
import { BASE, expectNoAxeViolationsAtBothWidths } from "../support/journey";

jest.setTimeout(120_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.each([
  ["on", true],
  ["off", false],
] as const)("the Easy Read pages, with JavaScript %s", (_label, javaScript) => {
  it.each(Object.values(EASY_READ).map((page) => [page.href, page] as const))(
    "%s is linked from its full page, and every point has its picture",
    async (_href, easyRead) => {
      const context = await newContext(browser, { javaScript });
      const page = await context.newPage();
      await page.goto(`${BASE()}${easyRead.fullHref}`);
      await page.getByRole("link", { name: "Read this in Easy Read" }).click();
      await page.waitForURL(new RegExp(`${easyRead.href}$`));

      const points = page.locator(".easy-read__point");
      expect(await points.count()).toBe(easyRead.points.length);
      for (let i = 0; i < easyRead.points.length; i += 1) {
        const point = points.nth(i);
        expect(await point.innerText()).toContain(easyRead.points[i]!.text);
        const picture = point.getByRole("img");
        expect(await picture.getAttribute("aria-label")).toMatch(/^[A-Z].{5,}/);
      }
      // Short sentences: none of more than 20 words.
      for (const { text } of easyRead.points)
        for (const sentence of text.split(/(?<=\.)\s/)) expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(20);
      await expectNoAxeViolationsAtBothWidths(page, easyRead.href, javaScript);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.getByRole("link", { name: "Read the full page" }).click();
      await page.waitForURL(new RegExp(`${easyRead.fullHref}$`));
      await context.close();
    },
  );
});
