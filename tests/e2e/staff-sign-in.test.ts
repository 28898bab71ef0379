import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { jest } from "@jest/globals";
import { generate } from "otplib";
import type pg from "pg";
import type { Browser, Page } from "playwright-core";
import { newContext } from "../support/browser";
import { closeE2eResources, openE2eResources } from "../support/e2e-resources";
import { BASE, errorSummary, expectNoAxeViolations, quickJourney, submit } from "../support/journey";
import { recordServerActions, replayRefusals, setUpThroughPages } from "../support/staff-e2e";

jest.setTimeout(180_000);

const PASSWORD = "violet harbour lantern 42";
let browser: Browser;
let db: pg.Client;

beforeAll(async () => {
  ({ browser, db } = await openE2eResources());
});
afterAll(() => closeE2eResources({ browser, db }));

function createAdmin(email: string): string {
  const run = spawnSync(
    path.resolve("node_modules/.bin/tsx"),
    ["--conditions=react-server", "scripts/create-admin.ts", "--email", email, "--name", "Ada Admin"],
    {
      encoding: "utf8",
      timeout: 60_000,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        NODE_ENV: "development",
        DATABASE_URL: process.env.E2E_DATABASE_URL!,
        APP_URL: BASE(),
        LOG_LEVEL: "warn",
      },
    },
  );
  const link = /(http\S+\/staff\/setup\/\S+)/.exec(run.stdout)?.[1];
  if (!link) throw new Error(`create-admin printed no link: ${run.stdout} ${run.stderr}`);
  return link;
}

async function signIn(page: Page, email: string) {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await submit(page, /\/staff\/two-factor/);
}

describe("the staff workspace sign-in", () => {
  it("takes a new administrator from the setup link through two-factor enrolment to a victim's referral", async () => {
    const context = await newContext(browser, { javaScript: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);

    // A victim's referral, through the public journey.
    const victimPage = await (await newContext(browser, { javaScript: false })).newPage();
    const reference = await quickJourney(victimPage, BASE(), "Staff Test Victim");
    const referralId = (await db.query("SELECT id FROM referrals WHERE reference = $1", [reference])).rows[0]
      .id as string;

    // Before signing in, the referral page sends you to sign in, and back afterwards.
    await page.goto(`${BASE()}/staff/referrals/${referralId}`);
    await page.waitForURL(/\/staff\/sign-in\?next=/);

    const email = `ada.${Date.now()}@provider.example`;
    await page.goto(createAdmin(email));
    await expectNoAxeViolations(page, "the setup page", true);
    await page.getByLabel("New password").fill("qwerty123456");
    await page.getByLabel("Enter the password again").fill("qwerty123456");
    await submit(page);
    expect(await errorSummary(page)).toEqual([expect.stringContaining("too common")]);
    expect(await page.getByLabel("New password").inputValue()).toBe("qwerty123456"); // kept in the browser, never sent back
    await page.getByLabel("New password").fill(PASSWORD);
    await page.getByLabel("Enter the password again").fill(PASSWORD);
    await submit(page, /\/staff\/sign-in\?password=set/);

    await expectNoAxeViolations(page, "the sign-in page", true);
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("not the password");
    await submit(page);
    expect(await errorSummary(page)).toEqual(["Enter a correct email address and password"]);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await submit(page, /\/staff\/two-factor\/enrol$/);

    await expectNoAxeViolations(page, "the enrolment page", true);
    const secret = (await page.locator("[data-totp-secret]").getAttribute("data-totp-secret"))!;
    await page.getByLabel("Code from your authenticator app").fill(await generate({ secret }));
    await page.getByRole("button", { name: "Confirm" }).click();
    await page.waitForURL(/\/staff\/two-factor\/recovery-codes$/);
    // Loading the page made no codes: they are made by asking.
    expect(
      await db.query("SELECT cardinality(recovery_code_hashes) AS n FROM staff_users WHERE email = $1", [email]),
    ).toMatchObject({ rows: [{ n: 0 }] });
    await expectNoAxeViolations(page, "the recovery codes page", true);
    await page.getByRole("button", { name: "Make my recovery codes" }).click();
    await page.locator(".recovery-codes").waitFor();
    const codes = await page.locator(".recovery-codes code").allInnerTexts();
    expect(codes).toHaveLength(10);
    await expectNoAxeViolations(page, "the recovery codes", true);
    await page.getByRole("link", { name: "I have saved my recovery codes" }).click();
    await page.waitForURL(`${BASE()}/staff`);
    await expectNoAxeViolations(page, "the referral list", true);
    expect(await page.locator("main").innerText()).toContain(reference);

    // Sign out, then the workspace needs signing in again.
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/staff\/sign-in\?signed-out=1/);
    await page.goto(`${BASE()}/staff/referrals/${referralId}`);
    await page.waitForURL(/\/staff\/sign-in\?next=/);
    await signIn(page, email);
    await expectNoAxeViolations(page, "the code page", true);
    // The app's code was used seconds ago: use a recovery code this time.
    await page.getByLabel("Code").fill(codes[0]!);
    await submit(page, new RegExp(`/staff/referrals/${referralId}$`));

    await expectNoAxeViolations(page, "a referral", true);
    const headings = await page.locator("main h2").allInnerTexts();
    // The case at a glance first, then how to contact them safely (staff read about the person, in the third person).
    expect(headings.slice(0, 2)).toEqual(["Summary", "How to contact them safely"]);
    expect(await page.locator("main").innerText()).toContain("Staff Test Victim");
    const viewed = await db.query(
      "SELECT count(*)::int AS n FROM audit_events a JOIN staff_users u ON u.id = a.actor_id WHERE a.action = 'referral.viewed' AND a.referral_id = $1 AND u.email = $2",
      [referralId, email],
    );
    expect(viewed.rows[0].n).toBe(1);

    // Every case action refuses a request without a signed-in session: record each
    // action's real request (made while signed in), replay it with no cookie, and
    // check nothing changed.
    const recorded = recordServerActions(page);

    // Work the case from New to Closed.
    const choose = async (group: string, option: string) =>
      page.getByRole("group", { name: group }).getByRole("radio", { name: option, exact: true }).check();
    // Each change moves the referral's version on; an error shows a summary instead.
    const version = () => page.locator('input[name="version"]').first().inputValue();
    const act = async (button: string) => {
      const before = await version();
      await page.getByRole("button", { name: button }).click();
      await page.waitForFunction(
        (old) =>
          document.querySelector(".error-summary") !== null ||
          (document.querySelector('input[name="version"]') as HTMLInputElement)?.value !== old,
        before,
      );
    };
    await choose("Assign to", "Ada Admin");
    await act("Assign to someone");
    // A confirmation, from the page drawn afresh.
    expect(await page.locator(".notification--success").innerText()).toBe("Assigned to Ada Admin");
    await choose("Move to", "Contacting");
    await act("Change status");
    // They chose letters only: a phone call needs a reason, and the form lists their way first.
    const channels = await page
      .getByRole("group", { name: "How did you try to make contact?" })
      .getByRole("radio")
      .evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value));
    expect(channels[0]).toBe("letter");
    await choose("How did you try to make contact?", "Phone call");
    await choose("What happened?", "Spoke to the victim");
    await page.getByLabel("Note (optional)").fill("Called after 6pm");
    await act("Record contact attempt");
    expect(await errorSummary(page)).toEqual([
      "They did not choose this way to be contacted. Enter why you used it, or choose one of theirs",
    ]);
    await choose("How did you try to make contact?", "Phone call");
    await choose("What happened?", "Spoke to the victim");
    await page
      .getByLabel("Why you used a way they did not choose (optional)")
      .fill("They phoned us and asked us to call back");
    const beforeContact = await version();
    await page.getByRole("button", { name: "Record contact attempt" }).click();
    await page.waitForFunction(
      (old) => (document.querySelector('input[name="version"]') as HTMLInputElement)?.value !== old,
      beforeContact,
    );
    expect(await page.locator(".notification--success").innerText()).toBe("Contact attempt recorded");
    expect(await page.locator(".error-summary").count()).toBe(0); // no stale error left from the refused try
    await page.getByLabel("Note", { exact: true }).fill("Would like a letter first");
    await act("Add note");
    for (const next of ["Assessing", "In progress"]) {
      await choose("Move to", next);
      await act("Change status");
    }
    await choose("Move to", "Closed");
    await act("Change status");
    expect(await errorSummary(page)).toEqual(["Select why the case is being closed"]);
    await expectNoAxeViolations(page, "a referral with an error", true);
    await choose("Why is it being closed?", "Completed");
    await act("Change status");
    const timeline = await page.locator(".timeline > li strong").allInnerTexts();
    expect(timeline).toEqual([
      "Status: In progress → Closed (Completed)",
      "Status: Assessing → In progress",
      "Status: Contacting → Assessing",
      "Note",
      "Contact attempt: Phone call, Spoke to the victim",
      "Status: New → Contacting",
      "Assigned to Ada Admin",
    ]);
    expect(
      (await db.query("SELECT status, closure_reason FROM referrals WHERE id = $1", [referralId])).rows[0],
    ).toEqual({ status: "CLOSED", closure_reason: "completed" });
    const actions = await db.query(
      "SELECT action FROM audit_events WHERE referral_id = $1 AND action <> 'referral.viewed' ORDER BY id",
      [referralId],
    );
    expect(actions.rows.map((r) => r.action)).toEqual([
      "referral.assigned",
      "referral.status-changed",
      "referral.contact-attempt",
      "referral.note-added",
      "referral.status-changed",
      "referral.status-changed",
      "referral.status-changed",
    ]);
    await expectNoAxeViolations(page, "a closed referral", true);
    // Printed, the page keeps the answers and the timeline and leaves out the forms.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#work-heading").isVisible()).toBe(false);
    expect(await page.locator("#timeline-heading").isVisible()).toBe(true);
    expect(await page.getByText("Staff Test Victim").isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });

    // Search by name, and send the email again after a (simulated) final failure.
    await page.goto(`${BASE()}/staff`);
    await page.getByLabel("Search by reference or name").fill("Staff Test Victim");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("heading", { name: "Search results" }).waitFor();
    expect(await page.locator("main").innerText()).toContain(reference);
    // A search that finds nothing shows only that, and the way back: never the list, which would read as results.
    await page.getByLabel("Search by reference or name").fill("Nobody Of That Name");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByText("No referral matches “Nobody Of That Name”").waitFor();
    expect(await page.locator("main table").count()).toBe(0);
    await page.getByRole("link", { name: "Clear the search and go back to the list" }).click();
    await page.getByRole("heading", { name: "New", exact: true }).waitFor(); // the list is back
    expect(await page.getByRole("heading", { name: "Search results" }).count()).toBe(0);
    await db.query("UPDATE referrals SET provider_email_status = 'FAILED' WHERE id = $1", [referralId]);
    await page.goto(`${BASE()}/staff/referrals/${referralId}`);
    await page.getByRole("button", { name: "Send the email again" }).click();
    await page.locator(".timeline").getByText("Email to the provider sent again").waitFor();

    expect(recorded.size).toBe(6); // assign, status, contact attempt, note, search, re-send
    const before = await db.query("SELECT version, status FROM referrals WHERE id = $1", [referralId]);
    const auditBefore = await db.query("SELECT count(*)::int AS n FROM audit_events");
    const allRefused = [...recorded.keys()].map((action) => ({ action, refused: true }));
    expect(await replayRefusals(recorded, undefined)).toEqual(allRefused);
    // Refused requests leave no trace of having done anything.
    expect((await db.query("SELECT count(*)::int AS n FROM audit_events")).rows[0].n).toBe(auditBefore.rows[0].n);
    // Nor with a session that has only done the password step (no code yet).
    const halfContext = await newContext(browser, { javaScript: false });
    const halfPage = await halfContext.newPage();
    await halfPage.goto(`${BASE()}/staff/sign-in`);
    await signIn(halfPage, email);
    const halfCookie = (await halfContext.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    await halfContext.close();
    const auditBeforeHalf = await db.query("SELECT count(*)::int AS n FROM audit_events");
    expect(await replayRefusals(recorded, halfCookie)).toEqual(allRefused);
    expect((await db.query("SELECT count(*)::int AS n FROM audit_events")).rows[0].n).toBe(auditBeforeHalf.rows[0].n);
    expect((await db.query("SELECT version, status FROM referrals WHERE id = $1", [referralId])).rows).toEqual(
      before.rows,
    );

    // After 30 minutes without activity the session has ended: the next page asks
    // to sign in again, then returns to where the person was.
    await db.query(
      "UPDATE staff_sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = (SELECT id FROM staff_users WHERE email = $1)",
      [email],
    );
    await page.goto(`${BASE()}/staff/referrals/${referralId}`);
    await page.waitForURL(/\/staff\/sign-in\?next=/);
    expect(await page.locator("main").innerText()).toContain("you are signed out after a period without activity");
    await signIn(page, email);
    await page.getByLabel("Code").fill(codes[1]!);
    await submit(page, new RegExp(`/staff/referrals/${referralId}$`));

    // The administrator can see all of it in the audit trail.
    await page.goto(`${BASE()}/staff/admin/audit?reference=${reference}`);
    await expectNoAxeViolations(page, "the audit trail", true);
    const auditActions = await page.locator("main table tbody tr td:nth-child(2)").allInnerTexts();
    // Shown in words, from the one list of audit actions.
    const said = (
      [
        "referral.viewed",
        "referral.assigned",
        "referral.status-changed",
        "referral.note-added",
        "referral.contact-attempt",
      ] as const
    ).map((a) => AUDIT_ACTIONS[a]);
    expect(auditActions).toEqual(expect.arrayContaining(said));

    // A referral that does not exist is a plain 404.
    const missing = await page.goto(`${BASE()}/staff/referrals/00000000-0000-4000-8000-000000000000`);
    expect(missing?.status()).toBe(404);
    expect(missing?.headers()["cache-control"]).toContain("no-store");
    // In the workspace's own frame: one header, one main, no public Exit this page.
    expect(await page.locator("h1").allInnerTexts()).toEqual(["Page not found"]);
    expect(await page.locator("main").count()).toBe(1);
    expect(await page.locator("header").innerText()).toContain("staff workspace");
    expect(await page.locator("a.exit-this-page__button").count()).toBe(0);
    await context.close();
  });

  it("gives a member of staff who is not an administrator a 404 for the audit trail, and no link to it", async () => {
    const { openDatabase } = await import("@/lib/db");
    const { createStaffUser } = await import("@/lib/auth/accounts");
    const database = await openDatabase({ databaseUrl: process.env.E2E_DATABASE_URL, dataDir: ".unused" });
    const email = `sam.${Date.now()}@provider.example`;
    let setupToken: string;
    try {
      ({ setupToken } = await createStaffUser(database.prisma, { email, name: "Sam Staff", role: "STAFF" }));
    } finally {
      await database.close();
    }
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    await setUpThroughPages(page, `${BASE()}/staff/setup/${setupToken}`, email);
    // Without JavaScript too, the recovery codes are shown.
    expect(await page.locator(".recovery-codes code").count()).toBe(10);
    await page.getByRole("link", { name: "I have saved my recovery codes" }).click();
    await page.waitForURL(`${BASE()}/staff`);
    expect(await page.getByRole("link", { name: "Audit trail" }).count()).toBe(0);
    const response = await page.goto(`${BASE()}/staff/admin/audit`);
    expect(response?.status()).toBe(404);
    // Without JavaScript too, a page (Next.js's own is blank until its scripts run): the workspace's, no Exit this page.
    expect(await page.locator("h1").allInnerTexts()).toEqual(["Page not found"]);
    expect(await page.locator("header").innerText()).toContain("staff workspace");
    expect(await page.locator('a[href="/exit"]').count()).toBe(0);
    expect(await page.getByRole("link", { name: "Back to the referrals" }).getAttribute("href")).toBe("/staff");
    await expectNoAxeViolations(page, "the workspace's 404 without JavaScript", false);
    await context.close();
  });

  it("keeps everyone out of the workspace until both sign-in steps are done", async () => {
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    for (const path of ["/staff", "/staff/referrals/00000000-0000-4000-8000-000000000000"]) {
      await page.goto(`${BASE()}${path}`);
      await page.waitForURL(/\/staff\/sign-in/);
    }
    await page.goto(`${BASE()}/staff/two-factor`);
    await page.waitForURL(/\/staff\/sign-in$/);
    await page.goto(`${BASE()}/staff/setup/not-a-real-token-${"x".repeat(25)}`);
    expect(await page.locator("h1").innerText()).toBe("This link does not work");
    await context.close();
  });
});
