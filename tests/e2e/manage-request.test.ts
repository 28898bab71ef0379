/**
 * "Manage your request", as a person would use it after sending a request,
 * with and without JavaScript: a link by email, then changing how to be
 * contacted, pausing, resuming and withdrawing with a deletion request; a
 * private code for someone with no email; Exit this page ending the session.
 */
import { jest } from "@jest/globals";
import type pg from "pg";
import type { Browser, Page } from "playwright-core";
import { newContext } from "../support/browser";
import { closeE2eResources, openE2eResources } from "../support/e2e-resources";
import {
  BASE,
  errorSummary,
  expectErrorTitle,
  expectNoAxeViolations,
  expectNoAxeViolationsAtBothWidths,
  quickJourney,
  submit,
} from "../support/journey";
import { PERSON_TITLES } from "@/lib/person/page-titles";
import { createEnrolledStaff, findEmail, signInWithCode } from "../support/staff-e2e";
import { FormClient } from "../support/form-client";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { waitFor } from "../support/wait";

jest.setTimeout(240_000);

let browser: Browser;
let db: pg.Client;

beforeAll(async () => {
  ({ browser, db } = await openE2eResources());
});
afterAll(() => closeE2eResources({ browser, db }));

/** Presses the named button and waits for the next page (or the same page with errors). */
async function press(page: Page, name: string, urlAfter?: RegExp) {
  await Promise.all([
    urlAfter ? page.waitForURL(urlAfter) : page.waitForLoadState(),
    page.getByRole("button", { name, exact: true }).click(),
  ]);
}

/** The day `days` from now, as the pause date's three boxes want it. */
function dateBoxes(days: number) {
  const [year, month, day] = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10).split("-");
  return { day: String(Number(day)), month: String(Number(month)), year: year! };
}

async function fillDate(page: Page, parts: { day: string; month: string; year: string }) {
  const group = page.getByRole("group", { name: /Please do not contact me until/ });
  await group.getByLabel("Day").fill(parts.day);
  await group.getByLabel("Month").fill(parts.month);
  await group.getByLabel("Year").fill(parts.year);
}

/** Axe, and a title that says "Error: " only when the page shows errors. */
async function checkPage(page: Page, where: string, javaScript: boolean, showsErrors = false) {
  await expectNoAxeViolationsAtBothWidths(page, where, javaScript);
  await expectErrorTitle(page, showsErrors, where);
}

/** The browser's own history of this tab (Chromium's), as a person looking at it would see it. */
async function historyEntries(page: Page): Promise<Array<{ url: string; title: string }>> {
  const cdp = await page.context().newCDPSession(page);
  const { entries } = (await cdp.send("Page.getNavigationHistory")) as {
    entries: Array<{ url: string; title: string }>;
  };
  await cdp.detach();
  return entries.map(({ url, title }) => ({ url, title }));
}

async function askForLink(page: Page, reference: string, email: string) {
  await page.goto(`${BASE()}/how-it-works`);
  await page
    .getByRole("navigation", { name: "Support links" })
    .getByRole("link", { name: "Manage your request" })
    .click();
  await page.waitForURL(`${BASE()}/manage`);
  await page.locator("#f-reference").fill(reference);
  await page.getByLabel("The email address you gave us").fill(email);
  await press(page, "Email me a link", /\/manage\/check-your-email$/);
}

describe.each([
  ["on", true],
  ["off", false],
] as const)("managing a request with JavaScript %s", (label, javaScript) => {
  it("asks for a link, changes how to be contacted, pauses, resumes and withdraws asking for deletion", async () => {
    const context = await newContext(browser, { javaScript });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const email = `manage.${label}.${Date.now()}@example.com`;
    const reference = await quickJourney(page, BASE(), `Manage Person ${label}`, { email });
    await expectNoAxeViolations(page, "the confirmation page", javaScript);
    expect(await page.locator("main").innerText()).toContain("manage your request");

    // Wrong details get the same page as right ones.
    await askForLink(page, reference, "someone.else@example.com");
    const sameAnswer = await page.locator("main").innerText();
    await askForLink(page, reference, email.toUpperCase());
    expect(await page.locator("main").innerText()).toBe(sameAnswer);
    await expectNoAxeViolations(page, "check your email", javaScript);
    const mail = await findEmail(
      (m) => m.subject === "Your link" && JSON.stringify(m.to).includes(email),
      "the link email",
    );
    expect(`${mail.subject} ${mail.text}`).not.toMatch(/crime|offender|restorative/i);
    const link = /(http\S+\/manage\/link\/[\w-]+)/.exec(mail.text ?? "")![1]!.replace(/^https?:\/\/[^/]+/, BASE());

    // Opening the link changes nothing; the button does, once. The token's address is left at once.
    await page.goto(link);
    await page.waitForURL(/\/manage\/link$/);
    await checkPage(page, "continue to your request", javaScript);
    await submit(page, /\/manage\/request$/);
    expect(await page.locator("main").innerText()).toContain("We have received your request");
    await checkPage(page, "your request", javaScript);
    expect(await page.title()).toBe(PERSON_TITLES.request);

    // Change how to be contacted: checked as in the journey, every error at once.
    await page.getByRole("link", { name: "Change how we contact you" }).click();
    await page.waitForURL(/\/manage\/contact$/);
    await checkPage(page, "change how we contact you", javaScript);
    await page.getByLabel("Email address").fill("not-an-email");
    await submit(page);
    expect(await errorSummary(page)).toEqual(["Enter an email address in the correct format, like name@example.com"]);
    await expectErrorTitle(page, true, "change how we contact you with an error");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel(/When is it safe to contact you/).fill("Only on Monday mornings");
    await submit(page, /\/manage\/request\?done=contact$/);
    expect(await page.locator("main").innerText()).toContain("We have changed how we will contact you");

    // Pause, then resume.
    await page.getByRole("link", { name: "Pause your request" }).click();
    await page.waitForURL(/\/manage\/pause$/);
    await checkPage(page, "pause your request", javaScript);
    // Day, month and year boxes: every wrong box named at once, each linked from the summary.
    await fillDate(page, { day: "", month: "13", year: "2099" });
    await submit(page);
    expect(await errorSummary(page)).toEqual([
      "The date must include a day",
      "Month must be a number from 1 to 12",
      expect.stringMatching(/^The date must be no later than \d+ \w{3} \d{4} \(6 months from today\)$/),
    ]);
    await checkPage(page, "the pause date with errors", javaScript, true);
    const group = page.getByRole("group", { name: /Please do not contact me until/ });
    expect(await group.locator("input[aria-invalid=true]").count()).toBe(3);
    // Typed as day, month, year: stored as meant (12 January is not 1 December).
    const meant = dateBoxes(40);
    await fillDate(page, meant);
    await page.getByLabel(/Anything you want to tell us about why/).fill("Moving house");
    await submit(page, /\/manage\/request\?done=paused$/);
    const pausedUntil = await db.query(
      "SELECT to_char(paused_until AT TIME ZONE 'Europe/London', 'FMDD FMMM YYYY') AS day FROM referrals WHERE reference = $1",
      [reference],
    );
    expect(pausedUntil.rows[0].day).toBe(`${meant.day} ${meant.month} ${meant.year}`);
    expect(await page.locator("main").innerText()).toMatch(
      /Paused by you: we will not contact you until \d+ \w{3} \d{4}/,
    );
    await page.getByRole("button", { name: "We can contact you again now" }).click();
    await page.waitForURL(/\/manage\/request\?done=resumed$/);

    // Withdraw, asking for deletion: "are you sure?" first; "no" keeps the request, as it was.
    await page.getByRole("link", { name: "Withdraw your request" }).click();
    await page.waitForURL(/\/manage\/withdraw$/);
    expect(await page.locator("main").innerText()).toContain("nothing more will happen");
    await checkPage(page, "withdraw your request", javaScript);
    await page.getByLabel(/Also delete what I told you/).check();
    await submit(page, /\/manage\/withdraw\/confirm$/);
    await checkPage(page, "are you sure you want to withdraw", javaScript);
    expect(await page.locator("main").innerText()).toContain("You asked us to delete what you told us");
    await submit(page);
    expect(await errorSummary(page)).toEqual(["Select yes if you want to withdraw your request"]);
    await checkPage(page, "are you sure, with an error", javaScript, true);
    await page.getByRole("radio", { name: "No, keep my request" }).check();
    await submit(page, /\/manage\/request$/);
    expect(await page.locator("main").innerText()).toContain("We have received your request");
    await page.getByRole("link", { name: "Withdraw your request" }).click();
    await page.waitForURL(/\/manage\/withdraw$/);
    await page.getByLabel(/Also delete what I told you/).check();
    await submit(page, /\/manage\/withdraw\/confirm$/);
    await page.getByRole("radio", { name: "Yes, withdraw my request" }).check();
    await submit(page, /\/manage\/request\?done=withdrawn$/);
    expect(await page.locator("main").innerText()).toContain("You withdrew your request");
    expect(await page.getByRole("link", { name: "Withdraw your request" }).count()).toBe(0);
    expect(await page.locator("main").getByRole("link", { name: "staying safe online" }).count()).toBe(1);

    // Exit this page: what the browser's history keeps of these pages says nothing of the service, and no token.
    await page.getByRole("link", { name: /Exit this page/ }).click();
    await page.waitForURL(/weather/);
    const kept = (await historyEntries(page)).filter((entry) => entry.url.includes("/manage"));
    expect(kept.length).toBeGreaterThan(3);
    const token = link.split("/").at(-1)!;
    for (const entry of kept) {
      expect(entry.url).not.toContain(token);
      // An entry left before its title was set has none (the list then shows the address): also nothing said.
      expect(["", ...Object.values(PERSON_TITLES)]).toContain(entry.title.replace(/^Error: /, ""));
      expect(entry.title).not.toMatch(/restorative|merseyside/i);
    }

    const row = await db.query(
      "SELECT status, closure_reason, erasure_requested_at IS NOT NULL AS erase, answers->'safe-contact'->>'safeTimes' AS times FROM referrals WHERE reference = $1",
      [reference],
    );
    expect(row.rows[0]).toEqual({
      status: "CLOSED",
      closure_reason: "withdrawnByPerson",
      erase: true,
      times: "Only on Monday mornings",
    });
    const events = await db.query(
      "SELECT e.type FROM referral_events e JOIN referrals r ON r.id = e.referral_id WHERE r.reference = $1 ORDER BY e.at",
      [reference],
    );
    expect(events.rows.map((e) => e.type)).toEqual([
      "CHANGED_BY_PERSON",
      "PAUSED_BY_PERSON",
      "RESUMED_BY_PERSON",
      "WITHDRAWN_BY_PERSON",
    ]);

    // Staff see each change at once: in the inbox, on the referral, and administrators the deletion request.
    const { email: adminEmail, secret } = await createEnrolledStaff(`Admin Manage ${label}`, "ADMIN");
    const staffContext = await newContext(browser, { javaScript });
    const staff = await staffContext.newPage();
    staff.setDefaultTimeout(20_000);
    await signInWithCode(staff, adminEmail, secret);
    await staff.getByRole("link", { name: /^Changed by the person/ }).click();
    const inboxRow = staff.locator("tr").filter({ hasText: reference });
    expect(await inboxRow.innerText()).toContain("Withdrawn by the person");
    await expectNoAxeViolations(staff, "the inbox, changed by the person", javaScript);
    await inboxRow.getByRole("link", { name: reference }).click();
    await staff.waitForURL(/\/staff\/referrals\//);
    const notices = await staff.getByRole("region", { name: "Changed by the person" }).innerText();
    expect(notices).toContain("Withdrawn by the person");
    expect(notices).toContain("They asked for what they told us to be deleted");
    expect(notices).toContain("How to contact them was changed by the person");
    const timeline = await staff.locator(".timeline").innerText();
    for (const entry of [
      "The person withdrew their request",
      "The person resumed their request",
      "The person paused their request",
      "The person changed how to contact them",
    ])
      expect(timeline).toContain(entry);
    expect(timeline).toContain("The person, online");
    await expectNoAxeViolations(staff, "a referral withdrawn by the person", javaScript);
    await staff.goto(`${BASE()}/staff/admin/subject-access`);
    expect(await staff.locator("main").innerText()).toContain(reference);
    await staffContext.close();

    // The link worked once.
    await page.goto(link);
    await submit(page, /\/manage\/link-problem\?problem=used$/);
    await expectNoAxeViolations(page, "a used link", javaScript);

    // Fifty requests for links from fifty addresses: at most 3 link emails an hour reach the person (one went above).
    if (javaScript) {
      for (let i = 0; i < 50; i += 1) {
        const client = new FormClient(BASE(), { localAddress: `127.0.1.${i + 1}` });
        const answer = await client.submit(await client.get("/manage"), { reference, email }, 0);
        expect(answer.url).toMatch(/\/manage\/check-your-email$/); // the same page, cap or not
      }
      const linkEmails = () =>
        readdirSync(path.join(process.env.E2E_DATA_DIR!, "mail"))
          .map((name) => readFileSync(path.join(process.env.E2E_DATA_DIR!, "mail", name), "utf8"))
          .filter((text) => /^Subject: Your link$/m.test(text) && text.includes(email)).length;
      await waitFor(() => (linkEmails() >= 3 ? true : undefined), 20_000, "the link emails");
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(linkEmails()).toBe(3);
    }
    await context.close();
  });

  it("gives someone with no email a private code shown once, which opens their request; Exit this page ends it", async () => {
    const context = await newContext(browser, { javaScript });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const reference = await quickJourney(page, BASE(), `Code Person ${label}`);
    await page.getByRole("button", { name: "Show me a private code" }).click();
    const code = await page.locator(".private-code").innerText();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(page.url()).not.toContain(code);
    await expectNoAxeViolations(page, "the confirmation page with a private code", javaScript);

    await page.goto(`${BASE()}/manage`);
    await page.locator("#f-codeReference").fill(reference);
    await page.getByLabel("Your private code").fill("AAAA-AAAA-AAAA");
    await press(page, "Continue");
    expect(await errorSummary(page)).toEqual([
      "The reference number or private code is not right. Check them and try again, or call us",
    ]);
    // Someone else, from another address, tries ten wrong codes for this reference: they are stopped, the person is not.
    if (javaScript) {
      const attacker = new FormClient(BASE(), { localAddress: "127.0.0.77" });
      let answer = await attacker.get("/manage");
      for (let i = 0; i < 10; i += 1)
        answer = await attacker.submit(answer, { codeReference: reference, code: "WXYZ-WXYZ-WXYZ" }, 1);
      expect(answer.html).toContain("You have tried too many times");
    }
    await page.getByLabel("Your private code").fill(code);
    await press(page, "Continue", /\/manage\/request$/);
    expect(await page.locator("main").innerText()).toContain(reference);

    await page.getByRole("link", { name: /Exit this page/ }).click();
    await page.waitForURL(/weather/);
    await page.goto(`${BASE()}/manage/request`);
    await page.waitForURL(/\/manage\/session-ended$/);
    await expectNoAxeViolations(page, "session ended", javaScript);
    await context.close();
  });
});

describe("the inactivity warning in Manage your request", () => {
  it("warns on a form page before the session ends, from the server's seconds left, and staying signed in keeps it", async () => {
    const context = await newContext(browser, { javaScript: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const reference = await quickJourney(page, BASE(), "Warned Manager");
    await page.getByRole("button", { name: "Show me a private code" }).click();
    const code = await page.locator(".private-code").innerText();
    await page.goto(`${BASE()}/manage`);
    await page.locator("#f-codeReference").fill(reference);
    await page.getByLabel("Your private code").fill(code);
    await press(page, "Continue", /\/manage\/request$/);

    // As if the session could last only 4 more minutes: the next page warns at once.
    const ofThisRequest = "referral_id = (SELECT id FROM referrals WHERE reference = $1)";
    await db.query(`UPDATE person_sessions SET expires_at = now() + interval '4 minutes' WHERE ${ofThisRequest}`, [
      reference,
    ]);
    await page.getByRole("link", { name: "Pause your request" }).click();
    await page.waitForURL(/\/manage\/pause$/);
    const dialog = page.getByRole("dialog", { name: "Do you want to stay signed in?" });
    await dialog.waitFor();
    expect(await dialog.locator(".timeout-dialog__count").innerText()).toMatch(
      /^[34] minutes? \d+ seconds?$|^4 minutes$/,
    );
    await expectNoAxeViolations(page, "the inactivity warning in Manage your request", true);

    // Given back its two hours, "Stay signed in" keeps the session going from now, and the form stays.
    await db.query(
      `UPDATE person_sessions SET expires_at = now() + interval '2 hours', last_seen_at = now() - interval '10 minutes' WHERE ${ofThisRequest}`,
      [reference],
    );
    await dialog.getByRole("button", { name: "Stay signed in" }).click();
    await dialog.waitFor({ state: "hidden" });
    const row = await db.query(
      `SELECT last_seen_at > now() - interval '1 minute' AS kept FROM person_sessions WHERE ${ofThisRequest}`,
      [reference],
    );
    expect(row.rows).toEqual([{ kept: true }]);
    expect(page.url()).toMatch(/\/manage\/pause$/);
    await context.close();
  });
});
