import type { Browser } from "playwright-core";
import { CACHED_PAGES, PUBLIC_PAGES } from "@/lib/content/site";
import { launchBrowser, newContext } from "../support/browser";
import { axeViolations, axeViolationsWithoutJavaScript } from "../support/axe";

const BASE = process.env.E2E_BASE_URL!;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.each(PUBLIC_PAGES.map((p) => [p.href, p.title] as const))("the public page %s", (href, title) => {
  it("loads with one h1, Exit this page, help numbers and no accessibility violations", async () => {
    const context = await newContext(browser, { javaScript: true });
    const page = await context.newPage();
    const blocked: string[] = [];
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    const missing: string[] = [];
    page.on("response", (answer) => {
      if (answer.status() >= 400) missing.push(`${answer.status()} ${answer.url()}`);
    });
    // Twice: the first answer may be rendered for this request, the second a content page's cached copy.
    await page.goto(`${BASE}${href}`);
    const response = await page.reload();
    expect(response?.status()).toBe(200);
    // The page's scripts ran under its policy: the keyboard hint only scripts reveal is shown.
    await page.locator(".exit-this-page__hint .js-only:not([hidden])").waitFor();
    expect(blocked).toEqual([]);
    // Nothing the page asks for is missing (a favicon, say), and nothing fails in the console.
    expect(missing).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await page.locator('link[rel="icon"]').count()).toBeGreaterThan(0);
    expect(await page.locator("h1").count()).toBe(1);
    expect(await page.locator("h1").innerText()).toBe(title);
    const exit = page.locator("a.exit-this-page__button");
    expect(await exit.getAttribute("href")).toBe("/exit");
    expect(await exit.isVisible()).toBe(true);
    expect(await page.locator("footer").innerText()).toContain("0800 555 111");
    expect(await axeViolations(page)).toEqual([]);
    // Nothing is kept in the browser: no local or session storage at all.
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    const policy = response?.headers()["content-security-policy"] ?? "";
    if (CACHED_PAGES.includes(href)) {
      // Served from the per-process cache: the same for everyone, any inline script named by hash; a CDN may keep it.
      expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]{44}')*(;|$)/);
      // Without the framework's scripts (issue 24): Exit this page's own script revealed the hint above.
      expect(await page.locator("script[src]").evaluateAll((s) => s.map((e) => e.getAttribute("src")))).toEqual([
        "/exit-this-page.js",
      ]);
      expect(response?.headers()["cache-control"]).toBe("public, max-age=300");
    } else {
      expect(policy).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'(;|$)/);
      expect(response?.headers()["cache-control"]).toContain("no-store");
    }
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    await context.close();
  });

  it("fits a 320 pixel wide screen without scrolling sideways", async () => {
    const context = await newContext(browser, { javaScript: false, width: 320 });
    const page = await context.newPage();
    await page.goto(`${BASE}${href}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe("pages that do not exist", () => {
  it("get a helpful 404 page with Exit this page and help numbers, with or without JavaScript, where notFound() is called while a page renders", async () => {
    // An unknown language (the language layout) or question (the question page): Next.js answers with
    // its script-only error shell (blank without JavaScript); the HTTP server sends its plain 404 instead.
    for (const path of ["/no-such-page", "/ask/no-such-step"]) {
      for (const javaScript of [false, true]) {
        const context = await newContext(browser, { javaScript });
        const page = await context.newPage();
        const response = await page.goto(`${BASE}${path}`);
        expect(response?.status()).toBe(404);
        expect(await page.title()).toBe("Page not found – Restorative justice in Merseyside");
        expect(await page.locator("h1").allInnerTexts()).toEqual(["Page not found"]);
        expect(await page.locator("main").innerText()).toContain("check you copied the entire address");
        expect(await page.locator('a[href="/exit"]').first().innerText()).toContain("Exit this page");
        expect(await page.locator("footer").innerText()).toContain("999");
        expect(await (javaScript ? axeViolations(page) : axeViolationsWithoutJavaScript(page))).toEqual([]);
        await context.close();
      }
    }
  });

  it("get the same page, drawn by the server, for an address of several parts, with or without JavaScript", async () => {
    for (const javaScript of [false, true]) {
      const context = await newContext(browser, { javaScript });
      const page = await context.newPage();
      const response = await page.goto(`${BASE}/no/such/page`);
      expect(response?.status()).toBe(404);
      expect(await page.title()).toBe("Page not found – Restorative justice in Merseyside");
      expect(await page.locator("h1").allInnerTexts()).toEqual(["Page not found"]);
      expect(await page.locator("a.exit-this-page__button").getAttribute("href")).toBe("/exit");
      expect(await page.locator("footer").innerText()).toContain("999");
      expect(await (javaScript ? axeViolations(page) : axeViolationsWithoutJavaScript(page))).toEqual([]);
      await context.close();
    }
  });

  it("keep a 404 page's frame out of every other page's data (issue 24)", async () => {
    // A page rendered on request carries its data for React beside its HTML: the frame once in
    // each, and a 404's words once (for notFound() on a public page), not a whole 404 page twice more.
    const html = await (await fetch(`${BASE}/ask`, { headers: { accept: "text/html" } })).text();
    const times = (words: string) => html.split(words).length - 1;
    expect(times("Skip to main content")).toBe(2);
    expect(times("site-footer")).toBe(2);
    expect(times("If you pasted the web address")).toBe(1);
  });
});

describe("keyboard use", () => {
  it("reaches the skip link first and Exit this page next, with a visible focus style", async () => {
    const context = await newContext(browser, { javaScript: true });
    const page = await context.newPage();
    await page.goto(`${BASE}/how-it-works`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to main content");
    expect(await page.locator(".skip-link").isVisible()).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("/exit");
    const background = await page.evaluate(() => getComputedStyle(document.activeElement!).backgroundColor);
    expect(background).toBe("rgb(255, 221, 0)");
    // The skip link moves focus to the main content.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main-content");
    await context.close();
  });
});
