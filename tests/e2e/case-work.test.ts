/**
 * A caseworker's day (issue 17), with and without JavaScript: assign a new
 * referral to themselves, record an attempt by the way the person chose, set
 * a next step and find it under "Due today"; a page left open refuses contact
 * once the person has paused, and everything once they have withdrawn; the
 * assignee is emailed. Axe on every changed page, also at 320 px.
 */
import { jest } from "@jest/globals";
import type pg from "pg";
import type { Browser, Page } from "playwright-core";
import { ukDay } from "@/lib/dates";
import { newContext } from "../support/browser";
import { closeE2eResources, openE2eResources } from "../support/e2e-resources";
import { BASE, errorSummary, expectNoAxeViolations, quickJourney } from "../support/journey";
import { createEnrolledStaff, findEmail, signInWithCode } from "../support/staff-e2e";

jest.setTimeout(240_000);

let browser: Browser;
let db: pg.Client;

beforeAll(async () => {
  ({ browser, db } = await openE2eResources());
});
afterAll(() => closeE2eResources({ browser, db }));

const version = (page: Page) => page.locator('input[name="version"]').first().inputValue();

/**
 * Presses a case form's button and waits for what comes back: without JavaScript a new page; with
 * it, the page drawn afresh (a new version) or a new error summary.
 */
async function act(page: Page, button: string, javaScript: boolean) {
  const click = () => page.getByRole("button", { name: button, exact: true }).click();
  if (!javaScript) return void (await Promise.all([page.waitForEvent("load"), click()]));
  const before = [await version(page), (await page.locator(".error-summary").allInnerTexts()).join("|")];
  await click();
  await page.waitForFunction(([old, oldErrors]) => {
    const errors = [...document.querySelectorAll<HTMLElement>(".error-summary")].map((e) => e.innerText).join("|");
    return (
      (document.querySelector('input[name="version"]') as HTMLInputElement | null)?.value !== old ||
      (errors !== "" && errors !== oldErrors)
    );
  }, before);
}

const choose = (page: Page, group: string, option: string) =>
  page
    .getByRole("group", { name: group })
    .getByRole("radio", { name: new RegExp(`^${option}`) })
    .check();

describe.each([
  ["on", true],
  ["off", false],
] as const)("case work with JavaScript %s", (label, javaScript) => {
  it("assigns to oneself, contacts by the chosen way, sets a next step seen in Due today; the person's pause and withdrawal refuse a page left open", async () => {
    const victimContext = await newContext(browser, { javaScript: true });
    const email = `case.work.${label}.${Date.now()}@example.com`;
    const reference = await quickJourney(await victimContext.newPage(), BASE(), `Case Work ${label}`, { email });
    const other = await quickJourney(await victimContext.newPage(), BASE(), `Case Work Other ${label}`, {
      email: `other.${email}`,
    });
    await victimContext.close();
    const idOf = async (ref: string) =>
      (await db.query("SELECT id FROM referrals WHERE reference = $1", [ref])).rows[0].id as string;

    const { email: staffEmail, secret } = await createEnrolledStaff(`Casey Worker ${label}`, "STAFF");
    const admin = await createEnrolledStaff(`Ada Lead ${label}`, "ADMIN");
    const context = await newContext(browser, { javaScript });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await signInWithCode(page, staffEmail, secret);

    // From New, to the referral: its summary first, with the first contact promised.
    await page.locator("tr").filter({ hasText: reference }).getByRole("link", { name: reference }).click();
    await page.waitForURL(/\/staff\/referrals\//);
    const summary = await page.getByRole("region", { name: "Summary", exact: true }).innerText();
    expect(summary).toContain("Make first contact");
    expect(summary).toContain("Nobody yet");
    expect(await page.getByRole("region", { name: "How to contact them safely" }).innerText()).toContain(
      "Only by: email.",
    );
    await expectNoAxeViolations(page, "a new referral", javaScript);

    await page.getByRole("button", { name: "Assign to me" }).click();
    await page.locator(".notification--success").filter({ hasText: "Assigned to you" }).waitFor();
    expect(await page.getByRole("region", { name: "Summary", exact: true }).innerText()).toContain(
      `Casey Worker ${label}`,
    );

    // The way they chose is offered first.
    const channels = await page
      .getByRole("group", { name: "How did you try to make contact?" })
      .getByRole("radio")
      .evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value));
    expect(channels[0]).toBe("email");
    await choose(page, "How did you try to make contact?", "Email");
    await choose(page, "What happened?", "Spoke to the victim");
    await act(page, "Record contact attempt", javaScript);
    expect(await page.locator(".notification--success").innerText()).toBe("Contact attempt recorded");
    expect(await page.getByRole("region", { name: "Summary", exact: true }).innerText()).toContain("Set the next step");

    // A next step: a past date refused, then today.
    await page.getByLabel("What is the next step?").fill("Phone after 6pm about a meeting");
    await page.getByLabel("When is it due?").fill("2020-01-01");
    await act(page, "Save next step", javaScript);
    expect(await errorSummary(page)).toEqual(["The date the next step is due must be today or in the future"]);
    await expectNoAxeViolations(page, "a next step refused", javaScript);
    await page.getByLabel("What is the next step?").fill("Phone after 6pm about a meeting");
    await page.getByLabel("When is it due?").fill(ukDay(new Date()));
    await act(page, "Save next step", javaScript);
    expect(await page.locator(".notification--success").innerText()).toContain(
      "Next step saved: Phone after 6pm about a meeting",
    );
    expect(await page.locator(".error-summary").count()).toBe(0);
    await expectNoAxeViolations(page, "a referral with its next step", javaScript);

    await page.goto(`${BASE()}/staff?view=due`);
    const row = page.locator("tr").filter({ hasText: reference });
    expect(await row.innerText()).toContain("Phone after 6pm about a meeting");
    expect(await row.innerText()).toContain("Due today");
    await expectNoAxeViolations(page, "Due today", javaScript);

    // Another referral: assigned to the administrator (who is emailed), then paused by the person while the page is open.
    const otherId = await idOf(other);
    await page.goto(`${BASE()}/staff/referrals/${otherId}`);
    await choose(page, "Assign to", `Ada Lead ${label}`);
    await act(page, "Assign to someone", javaScript);
    await findEmail(
      (m) => m.subject === `Request ${other} has been assigned to you` && JSON.stringify(m.to).includes(admin.email),
      "the assignment email",
    );
    await db.query(
      "UPDATE referrals SET paused_until = now() + interval '10 days', person_change_unseen_at = now(), version = version + 1 WHERE id = $1",
      [otherId],
    );
    await choose(page, "How did you try to make contact?", "Email");
    await choose(page, "What happened?", "No answer");
    await act(page, "Record contact attempt", javaScript);
    // With JavaScript the form says why; without, the page comes back as it now is, without the contact form, saying why.
    if (javaScript)
      expect((await errorSummary(page))[0]).toMatch(
        /^Paused by the person until \d+ \w+ \d{4}: do not contact them before then$/,
      );
    else
      expect(await page.locator("#work").innerText()).toMatch(
        /Paused by the person until \d+ \w+ \d{4}: contact attempts cannot be recorded before then/,
      );
    await page.goto(`${BASE()}/staff/referrals/${otherId}`);
    expect(await page.locator("#work").innerText()).toContain("contact attempts cannot be recorded before then");

    // Withdrawn, with deletion asked for, while the page is open: the note is refused too, and the page then offers nothing.
    await page.getByLabel("Note", { exact: true }).fill("Spoke to their support worker");
    await db.query(
      "UPDATE referrals SET status = 'CLOSED', closure_reason = 'withdrawnByPerson', closed_at = now(), withdrawn_at = now(), erasure_requested_at = now(), paused_until = NULL, version = version + 1 WHERE id = $1",
      [otherId],
    );
    await act(page, "Add note", javaScript);
    if (javaScript)
      expect(await errorSummary(page)).toEqual([
        "The person withdrew this request and asked for it to be deleted. The only action left is the erasure, by an administrator",
      ]);
    await page.goto(`${BASE()}/staff/referrals/${otherId}`);
    expect(await page.locator("#work").innerText()).toContain(
      "The only action left is the erasure, by an administrator",
    );
    expect(await page.locator("#work form").count()).toBe(0);
    expect(
      (
        await db.query(
          "SELECT count(*)::int AS n FROM referral_events WHERE referral_id = $1 AND type IN ('CONTACT_ATTEMPT', 'NOTE')",
          [otherId],
        )
      ).rows[0].n,
    ).toBe(0);

    // The person's change is marked seen: it leaves "Changed by the person".
    await page.getByRole("button", { name: "Mark as seen" }).click();
    await page
      .locator(".notification--success")
      .filter({ hasText: "The person's changes are marked as seen" })
      .waitFor();
    await expectNoAxeViolations(page, "a referral withdrawn with deletion asked for", javaScript);

    // At 320 px, the referral page and the inbox still pass.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${BASE()}/staff`);
    await expectNoAxeViolations(page, "the inbox at 320 px", javaScript);
    await page.goto(`${BASE()}/staff/referrals/${await idOf(reference)}`);
    await expectNoAxeViolations(page, "a referral at 320 px", javaScript);

    // An administrator's caseload, and this morning's reminders sent now: the caseworker's digest arrives.
    const adminContext = await newContext(browser, { javaScript });
    const lead = await adminContext.newPage();
    lead.setDefaultTimeout(20_000);
    await signInWithCode(lead, admin.email, admin.secret);
    await lead.goto(`${BASE()}/staff/admin/caseload`);
    expect(
      await lead
        .locator("tr")
        .filter({ has: lead.getByRole("rowheader", { name: `Casey Worker ${label}`, exact: true }) })
        .innerText(),
    ).toMatch(/Casey Worker \w+\t1\t0\t1\t0\t/);
    await expectNoAxeViolations(lead, "the caseload", javaScript);
    await Promise.all([
      lead.waitForURL(/\/staff\/admin\/caseload\?digests=/),
      lead.getByRole("button", { name: "Send this morning’s reminders now" }).click(),
    ]);
    expect(await lead.locator(".notification").innerText()).toMatch(/^Queued \d+ digests?/);
    const digest = await findEmail(
      (m) => m.subject?.startsWith("Your cases today") === true && JSON.stringify(m.to).includes(staffEmail),
      "the caseworker's digest",
    );
    expect(digest.text).toContain(`Next steps due today: 1 (${reference})`);
    expect(digest.text).not.toContain(`Case Work ${label}`);
    await adminContext.close();
    await context.close();
  });
});
