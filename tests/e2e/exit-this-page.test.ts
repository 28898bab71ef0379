import { randomBytes, createHash } from "node:crypto";
import pg from "pg";
import type { Browser, BrowserContext } from "playwright-core";
import { launchBrowser, newContext } from "../support/browser";

const BASE = process.env.E2E_BASE_URL!;
const NEUTRAL = process.env.E2E_NEUTRAL_URL!;
const DATABASE_URL = process.env.E2E_DATABASE_URL!;

let browser: Browser;
let db: pg.Client;

beforeAll(async () => {
  browser = await launchBrowser();
  db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
});
afterAll(async () => {
  await browser.close();
  await db.end();
});

/** A journey in progress: a draft row on the server and its cookie in the browser. */
async function startDraft(context: BrowserContext): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const hash = createHash("sha256").update(token).digest("hex");
  await db.query(
    `INSERT INTO referral_drafts (token_hash, answers, updated_at, expires_at) VALUES ($1, '{"name":"test"}', now(), now() + interval '1 hour')`,
    [hash],
  );
  await context.addCookies([{ name: "sid", value: token, url: BASE, httpOnly: true, sameSite: "Lax" }]);
  return hash;
}

async function draftExists(hash: string): Promise<boolean> {
  const result = await db.query("SELECT 1 FROM referral_drafts WHERE token_hash = $1", [hash]);
  return result.rowCount === 1;
}

describe("Exit this page with JavaScript off", () => {
  it("is a link that ends the journey on the server and leaves for the neutral site", async () => {
    const context = await newContext(browser, { javaScript: false });
    const hash = await startDraft(context);
    const page = await context.newPage();
    await page.goto(`${BASE}/what-is-restorative-justice`);
    expect(await draftExists(hash)).toBe(true);

    await page.getByRole("link", { name: "Emergency Exit this page" }).click();
    await page.waitForURL(`${NEUTRAL}/weather`);
    expect(await draftExists(hash)).toBe(false);
    expect((await context.cookies(BASE)).find((c) => c.name === "sid")).toBeUndefined();
    await context.close();
  });

  it("answers directly with a redirect that is never cached", async () => {
    const response = await fetch(`${BASE}/exit`, { redirect: "manual" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${NEUTRAL}/weather`);
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(response.headers.get("referrer-policy")).toBe("same-origin");
  });
});

describe("Exit this page with JavaScript on", () => {
  async function openFromNeutralSite(context: BrowserContext, path: string) {
    const page = await context.newPage();
    await page.goto(`${NEUTRAL}/before`);
    await page.goto(`${BASE}${path}`);
    await page.waitForFunction(() => !document.querySelector(".js-only")?.hasAttribute("hidden"));
    return page;
  }

  it.each([
    ["a cached content page, where public/exit-this-page.js runs the keys", "/how-it-works", false],
    ["a page rendered per request, where React runs them (components/exit-this-page-keys.tsx)", "/ask", true],
  ])("exits from %s when Shift is pressed three times, and Back does not return", async (_, path, withFramework) => {
    const context = await newContext(browser, { javaScript: true });
    const hash = await startDraft(context);
    const page = await openFromNeutralSite(context, path);
    expect((await page.locator('script[src^="/_next/"]').count()) > 0).toBe(withFramework);

    await page.keyboard.press("Shift");
    expect(await page.locator('[role="status"]').innerText()).toBe("Shift, press 2 more times to exit.");
    await page.keyboard.press("Shift");
    expect(await page.locator('[role="status"]').innerText()).toBe("Shift, press 1 more time to exit.");
    await page.keyboard.press("Shift");
    await page.waitForURL(`${NEUTRAL}/weather`);
    expect(await draftExists(hash)).toBe(false);

    await page.goBack();
    expect(page.url()).toBe(`${NEUTRAL}/before`);
    await context.close();
  });

  it("blanks the page at once, before the next page loads", async () => {
    const context = await newContext(browser, { javaScript: true });
    const page = await openFromNeutralSite(context, "/get-help-now");
    // The page reports what it looks like the moment it is marked as exiting;
    // Playwright cannot evaluate in a page whose navigation is under way.
    let report: { h1Visibility: string; overlay: boolean; title: string } | undefined;
    await page.exposeFunction("reportBlanked", (value: typeof report) => (report = value));
    await page.evaluate(() => {
      const observer = new MutationObserver(() => {
        if (!document.body.classList.contains("is-exiting")) return;
        observer.disconnect();
        queueMicrotask(() => {
          const w = window as unknown as { reportBlanked: (v: unknown) => void };
          w.reportBlanked({
            h1Visibility: getComputedStyle(document.querySelector("h1")!).visibility,
            overlay: document.querySelector(".exit-overlay") !== null,
            title: document.title,
          });
        });
      });
      observer.observe(document.body, { attributes: true });
    });
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.waitForURL(`${NEUTRAL}/weather`);
    expect(report).toEqual({ h1Visibility: "hidden", overlay: true, title: "Loading" });
    await context.close();
  });

  it("does not exit when Shift is used for typing or a shortcut", async () => {
    const context = await newContext(browser, { javaScript: true });
    const page = await openFromNeutralSite(context, "/how-it-works");
    for (const key of ["Shift+A", "Shift+B", "Shift+Tab", "Shift+C"]) await page.keyboard.press(key);
    await page.waitForTimeout(500);
    expect(page.url()).toBe(`${BASE}/how-it-works`);
    await context.close();
  });

  it("exits by the link without leaving this site in the Back history", async () => {
    const context = await newContext(browser, { javaScript: true });
    const page = await openFromNeutralSite(context, "/is-it-right-for-me");
    await page.getByRole("link", { name: "Emergency Exit this page" }).click();
    await page.waitForURL(`${NEUTRAL}/weather`);
    await page.goBack();
    expect(page.url()).toBe(`${NEUTRAL}/before`);
    await context.close();
  });
});
