/**
 * The public form against a flood, on the production build: clients on
 * different addresses of this machine (127.0.0.1, 127.0.0.2, …) send
 * referrals without JavaScript, as a script would, and a person in Chromium
 * sees the refusal page.
 */
import { whenToTryAgain } from "@/lib/referrals/when-to-try-again";
import { rmSync } from "node:fs";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "../support/postgres";
import { startServer, type RunningServer } from "../support/server";
import { confirmedReference, FormClient, heading, sendReferral } from "../support/form-client";
import { launchBrowser, newContext } from "../support/browser";
import { axeViolationsWithoutJavaScript } from "../support/axe";
import { BASE } from "../support/journey";
import { tempFolder } from "../support/temp";

const LIMITS = {
  JOURNEY_STARTS_PER_HOUR: "6",
  JOURNEY_SAVES_PER_HOUR: "200",
  REFERRALS_PER_ADDRESS_PER_DAY: "3",
  REFERRALS_PER_HOUR: "6",
  MIN_SECONDS_BEFORE_SENDING: "2",
};

describe("limits on the public form", () => {
  let database: TestDatabase;
  let server: RunningServer;
  let dataDir: string;
  let db: pg.Client;
  const referrals = async () => Number((await db.query("SELECT count(*) FROM referrals")).rows[0].count);
  const person = (n: number) => ({ fullName: `Flood Person ${n}`, readForMs: 2100 });

  beforeAll(async () => {
    database = await createTestDatabase("e2e_limits");
    dataDir = tempFolder("limits");
    server = await startServer({
      PROVIDER_EMAIL: "provider@provider.example",
      MAIL_FROM: "Support service <no-reply@service.example>",
      APP_URL: "http://127.0.0.1",
      PROVIDER_PHONE: "0151 000 0000",
      LOG_LEVEL: "warn",
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      ...LIMITS,
    });
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await server?.stop();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("sends nothing that was sent faster than a person could read the answers, and then lets the person send", async () => {
    const client = new FormClient(server.url, { localAddress: "127.0.0.9" });
    const fast = await sendReferral(client, { fullName: "Quick Reader" });
    expect(fast.url).toMatch(/\/ask\/check-answers$/);
    expect(fast.html).toContain("Check your answers above, then select “Send my request” again");
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const again = await client.submit(await client.get("/ask/check-answers"), {});
    expect(confirmedReference(again)).not.toBeNull();
  });

  it("sends nothing when the hidden field is filled in, and keeps the answers", async () => {
    const client = new FormClient(server.url, { localAddress: "127.0.0.8" });
    const before = await referrals();
    let page = await sendReferral(client, { fullName: "Form Filler Bot", readForMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 2100));
    page = await client.submit(await client.get("/ask/check-answers"), { website: "https://spam.example" });
    expect(heading(page.html)).toBe("Sorry, we could not send your request");
    expect(await referrals()).toBe(before);
    expect((await client.get("/ask/check-answers")).html).toContain("Form Filler Bot");
  });

  it("refuses a flood from one address after its daily limit, keeps the draft, and lets another address send", async () => {
    const flood = new FormClient(server.url, { localAddress: "127.0.0.2" });
    for (let i = 0; i < 3; i += 1) expect(confirmedReference(await sendReferral(flood, person(i)))).not.toBeNull();
    const refused = await sendReferral(flood, person(3));
    expect(refused.url).toContain("/ask/try-again-later?reason=send");
    expect(heading(refused.html)).toBe("Sorry, you cannot send your request right now");
    expect(refused.html).toMatch(/You can try again after <strong>\d{1,2}:\d{2}(am|pm) tomorrow<\/strong>/);
    expect(refused.html).toContain("0151 000 0000");
    expect(refused.html).toContain('href="tel:999"');
    expect(refused.html).toContain('href="/exit"');
    // Nothing typed is lost: the draft is there, kept until the person may send it.
    const kept = (await flood.get("/ask/check-answers")).html;
    expect(kept).toContain("Flood Person 3");
    const { rows } = await db.query("SELECT expires_at FROM referral_drafts");
    expect(rows.some((row) => new Date(row.expires_at).getTime() > Date.now() + 23 * 3600_000)).toBe(true);

    // Forwarded headers do not move the limit: the server ignores them (no trusted proxy).
    const disguised = new FormClient(server.url, {
      localAddress: "127.0.0.2",
      headers: { "x-forwarded-for": "198.51.100.50" },
    });
    expect((await sendReferral(disguised, person(4))).url).toContain("/ask/try-again-later");

    const neighbour = new FormClient(server.url, { localAddress: "127.0.0.3" });
    expect(confirmedReference(await sendReferral(neighbour, person(5)))).not.toBeNull();
  });

  it("stops new journeys from one address after its hourly limit, before anything is saved", async () => {
    const client = new FormClient(server.url, { localAddress: "127.0.0.4" });
    const drafts = async () => Number((await db.query("SELECT count(*) FROM referral_drafts")).rows[0].count);
    for (let i = 0; i < 6; i += 1) {
      const page = await client.submit(await client.get("/ask"), { consent: "yes" });
      expect(page.url).toMatch(/\/ask\/about-you$/);
    }
    const before = await drafts();
    const refused = await client.submit(await client.get("/ask"), { consent: "yes" });
    expect(heading(refused.html)).toBe("Sorry, you cannot start a request right now");
    expect(await drafts()).toBe(before);
  });

  it("pauses new requests for everyone once the service's hourly ceiling is reached", async () => {
    // 6 an hour for the whole service: 5 sent above, so one more address gets one in, then everyone waits.
    const sent = await sendReferral(new FormClient(server.url, { localAddress: "127.0.0.5" }), person(6));
    expect(confirmedReference(sent)).not.toBeNull();
    const busy = await sendReferral(new FormClient(server.url, { localAddress: "127.0.0.6" }), person(7));
    expect(heading(busy.html)).toBe("Sorry, the service is very busy");
    expect(await referrals()).toBe(6);
  });

  it("shows the refusal page to a person, with Exit this page and no accessibility problems", async () => {
    const browser = await launchBrowser();
    try {
      const page = await (await newContext(browser, { javaScript: false, width: 320 })).newPage();
      // A crafted time in the address is not believed: the page reads the limits for itself.
      const crafted = new Date(Date.now() + 5 * 86_400_000);
      await page.goto(`${server.url}/ask/try-again-later?reason=busy&until=${crafted.getTime()}`);
      expect(await page.locator("h1").innerText()).toBe("Sorry, the service is very busy");
      const text = await page.locator("main").innerText();
      expect(text).not.toContain(whenToTryAgain(crafted));
      expect(text).toMatch(/You can try again after \d{1,2}:\d{2}(am|pm)/);
      expect(text).toContain("You can contact Restorative Solutions yourself:");
      expect(text).toContain("0151 000 0000");
      expect(text).toContain("Relay UK, if you are deaf or cannot speak on the phone: 18001 0151 000 0000");
      expect(await page.getByRole("link", { name: "18001 0151 000 0000" }).getAttribute("href")).toBe(
        "tel:1800101510000000",
      );
      // The shared test server has no provider contacts set, and this address is not refused there.
      await page.goto(`${BASE()}/ask/try-again-later?reason=send&until=${crafted.getTime()}`);
      const plain = await page.locator("main").innerText();
      expect(plain).not.toContain("contact Restorative Solutions yourself");
      expect(plain).toContain("call the police on 101");
      expect(plain).toContain("You can try again now.");
      expect(await page.locator("a.exit-this-page__button").isVisible()).toBe(true);
      expect(await axeViolationsWithoutJavaScript(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
