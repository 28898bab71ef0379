import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { jest } from "@jest/globals";
import { parse } from "csv-parse/sync";
import type pg from "pg";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { newContext } from "../support/browser";
import { closeE2eResources, openE2eResources } from "../support/e2e-resources";
import { BASE, errorSummary, expectNoAxeViolations, quickJourney } from "../support/journey";
import {
  createEnrolledStaff,
  findEmail,
  recordServerActions,
  replayRefusals,
  setUpThroughPages,
  signInWithCode,
  type RecordedAction,
} from "../support/staff-e2e";

jest.setTimeout(240_000);

let browser: Browser;
let db: pg.Client;
let adminContext: BrowserContext;
let admin: Page;
let reference: string;
let recorded: Map<string, RecordedAction>;

const ADMIN_PAGES = [
  "/staff/admin/staff",
  "/staff/admin/export",
  "/staff/admin/figures",
  "/staff/admin/caseload",
  "/staff/admin/subject-access",
  "/staff/admin/retention",
  "/staff/admin/audit",
];

beforeAll(async () => {
  ({ browser, db } = await openE2eResources());
  const victim = await (await newContext(browser, { javaScript: false })).newPage();
  reference = await quickJourney(victim, BASE(), "Ezra Exportable");
  const { email, secret } = await createEnrolledStaff("Amal Administrator", "ADMIN");
  adminContext = await browser.newContext({
    javaScriptEnabled: true,
    acceptDownloads: true,
    viewport: { width: 1024, height: 768 },
  });
  admin = await adminContext.newPage();
  admin.setDefaultTimeout(20_000);
  await signInWithCode(admin, email, secret);
  recorded = recordServerActions(admin);
});
afterAll(() => closeE2eResources({ browser, db }));

/** Clicks what starts a download and returns the file's text and name. */
async function download(page: Page, start: () => Promise<unknown>): Promise<{ text: string; name: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), start()]);
  return { text: readFileSync((await file.path())!, "utf8"), name: file.suggestedFilename() };
}

describe("administration", () => {
  it("invites a colleague, who signs up with two-factor; the administrator sees their last sign-in, disables and enables them", async () => {
    await admin
      .getByRole("navigation", { name: "Staff workspace" })
      .getByRole("link", { name: "Staff accounts" })
      .click();
    await admin.waitForURL(`${BASE()}/staff/admin/staff`);
    await expectNoAxeViolations(admin, "the staff accounts page", true);
    await admin.getByLabel("Full name").fill("Colin Colleague");
    await admin.getByLabel("Work email address").fill("not an email");
    await admin.getByRole("button", { name: "Send invitation" }).click();
    expect(await errorSummary(admin)).toEqual([
      "Enter an email address in the correct format, like name@example.com",
      "Select a role",
    ]);
    const email = `colin.${Date.now()}@provider.example`;
    await admin.getByLabel("Work email address").fill(email);
    await admin.getByRole("radio", { name: "Staff" }).check();
    await Promise.all([
      admin.waitForURL(/\/staff\/admin\/staff\/[0-9a-f-]{36}\?done=invited$/),
      admin.getByRole("button", { name: "Send invitation" }).click(),
    ]);
    await admin.getByText("Invitation sent").waitFor();
    await expectNoAxeViolations(admin, "a staff account page", true);
    const accountUrl = admin.url().replace(/\?.*$/, "");

    // The colleague follows the link in the email (a .eml file on embedded mail), without JavaScript.
    const invitation = await findEmail(
      (mail) => mail.to !== undefined && JSON.stringify(mail.to).includes(email),
      "the invitation email",
    );
    expect(invitation.subject).toBe("Set up your account for the referral service");
    const link = /(http\S+\/staff\/setup\/[\w-]+)/
      .exec(invitation.text ?? "")![1]!
      .replace(/^https?:\/\/[^/]+/, BASE());
    const colleague = await (await newContext(browser, { javaScript: false })).newPage();
    colleague.setDefaultTimeout(20_000);
    await setUpThroughPages(colleague, link, email);
    await colleague.getByRole("link", { name: "I have saved my recovery codes" }).click();
    await colleague.waitForURL(`${BASE()}/staff`);
    // The same navigation as an administrator's, without the administration pages.
    const colleagueNav = colleague.getByRole("navigation", { name: "Staff workspace" });
    expect(await colleagueNav.getByRole("link").allInnerTexts()).toEqual(["Referrals"]);
    expect(await colleagueNav.getByRole("button", { name: "Sign out" }).count()).toBe(1);

    // A member of staff gets "page not found" from every admin page and route.
    for (const adminPage of ADMIN_PAGES) expect((await colleague.goto(`${BASE()}${adminPage}`))!.status()).toBe(404);
    const referralId = (await db.query("SELECT id FROM referrals WHERE reference = $1", [reference])).rows[0]
      .id as string;
    expect((await colleague.goto(`${BASE()}/staff/admin/subject-access/${referralId}`))!.status()).toBe(404);
    expect((await colleague.goto(`${BASE()}/staff/admin/subject-access/${referralId}/json`))!.status()).toBe(404);
    expect((await colleague.goto(`${BASE()}/staff/admin/figures/csv`))!.status()).toBe(404);
    const post = await colleague.context().request.post(`${BASE()}/staff/admin/export/csv`, {
      form: { mode: "full", reason: "x" },
      headers: { origin: BASE() },
    });
    expect(post.status()).toBe(404);
    expect(await post.text()).not.toContain("Ezra");
    // Whatever the method: never 405 or an Allow header, which would say something is there.
    const everyAdminAddress = [
      ...ADMIN_PAGES,
      `/staff/admin/subject-access/${referralId}`,
      `/staff/admin/subject-access/${referralId}/json`,
      "/staff/admin/figures/csv",
      "/staff/admin/export/csv",
    ];
    const answers: string[] = [];
    for (const address of everyAdminAddress) {
      for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
        const response = await colleague.context().request.fetch(`${BASE()}${address}`, {
          method,
          headers: { origin: BASE() },
          maxRedirects: 0,
          ...(method === "GET" || method === "HEAD" ? {} : { form: { mode: "full", reason: "x" } }),
        });
        if (response.status() !== 404 || response.headers().allow)
          answers.push(`${method} ${address}: ${response.status()}`);
      }
    }
    expect(answers).toEqual([]);

    await admin.goto(accountUrl);
    expect(await admin.locator("main").innerText()).toMatch(/Last signed in\s+\d{1,2} \w{3} \d{4}/);
    await Promise.all([
      admin.waitForURL(/done=disabled/),
      admin.getByRole("button", { name: "Disable account" }).click(),
    ]);
    await colleague.goto(`${BASE()}/staff`);
    await colleague.waitForURL(/\/staff\/sign-in/);
    await Promise.all([
      admin.waitForURL(/done=enabled/),
      admin.getByRole("button", { name: "Enable account" }).click(),
    ]);
    // The form offers only the role they do not have, so each change shows in which radio is offered.
    await admin.getByRole("radio", { name: "Administrator" }).check();
    await Promise.all([admin.waitForURL(/done=role/), admin.getByRole("button", { name: "Change role" }).click()]);
    await admin.getByRole("radio", { name: "Staff" }).check();
    await admin.getByRole("button", { name: "Change role" }).click();
    await admin.getByRole("radio", { name: "Administrator" }).waitFor();
    const audit = await db.query(
      "SELECT action FROM audit_events WHERE details->>'userId' = (SELECT id::text FROM staff_users WHERE email = $1) ORDER BY id",
      [email],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      "account.created",
      "account.disabled",
      "account.enabled",
      "account.role-changed",
      "account.role-changed",
    ]);
  });

  it("exports a minimised and a full CSV that open correctly in a spreadsheet, each audited", async () => {
    await admin.goto(`${BASE()}/staff/admin/export`);
    await expectNoAxeViolations(admin, "the export page", true);
    await admin.getByRole("radio", { name: /^Full/ }).check();
    await Promise.all([
      admin.waitForURL(/\/staff\/admin\/export\?checked=1/),
      admin.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    expect(await errorSummary(admin)).toEqual(["Enter why you need a full export, with names and contact details"]);
    await expectNoAxeViolations(admin, "the export page with an error", true);

    await admin.getByRole("radio", { name: /^Minimised/ }).check();
    const minimised = await download(admin, () => admin.getByRole("button", { name: "Download CSV" }).click());
    expect(minimised.name).toMatch(/^referrals-minimised-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(minimised.text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(minimised.text, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.Reference)).toContain(reference);
    expect(minimised.text).not.toContain("Ezra");

    await admin.getByRole("radio", { name: /^Full/ }).check();
    await admin.getByLabel(/Reason for a full export/).fill("Checking contact details with the case team");
    const full = await download(admin, () => admin.getByRole("button", { name: "Download CSV" }).click());
    const fullRows = parse(full.text, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(fullRows.find((r) => r.Reference === reference)!["Full name"]).toBe("Ezra Exportable");
    const audit = await db.query("SELECT details FROM audit_events WHERE action = 'export.referrals' ORDER BY id");
    expect(audit.rows.map((r) => [r.details.mode, r.details.reason])).toEqual([
      ["minimised", null],
      ["full", "Checking contact details with the case team"],
    ]);
    expect(audit.rows[1].details.rowCount).toBe(fullRows.length);
  });

  it("exports without JavaScript too", async () => {
    const cookies = await adminContext.cookies();
    const noScript = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    await noScript.addCookies(cookies);
    const page = await noScript.newPage();
    await page.goto(`${BASE()}/staff/admin/export`);
    const file = await download(page, () => page.getByRole("button", { name: "Download CSV" }).click());
    expect(file.text).toContain(reference);
    await noScript.close();
  });

  it("shows the figures with a table for every chart, axe-clean, and offers them as CSV", async () => {
    await admin.goto(`${BASE()}/staff/admin/figures`);
    await expectNoAxeViolations(admin, "the figures page", true);
    // With first contact in working days, the three of what people said, and who asked (themselves or someone for them).
    expect(await admin.locator("table").count()).toBe(10);
    expect(await admin.getByRole("table", { name: "By who asked" }).innerText()).toContain("The person themselves");
    expect(await admin.locator("main").innerText()).not.toContain("Ezra");
    await admin.getByLabel("Received from").fill("2026-12-01");
    await admin.getByLabel("Received to").fill("2026-01-01");
    await Promise.all([
      admin.waitForURL(/from=2026-12-01/),
      admin.getByRole("button", { name: "Show figures" }).click(),
    ]);
    expect(await errorSummary(admin)).toEqual(["The start date must be the same as or before the end date"]);
    await admin.goto(`${BASE()}/staff/admin/figures`);
    const csv = await download(admin, () => admin.getByRole("link", { name: "Download these figures (CSV)" }).click());
    expect(csv.text).toContain("Referrals per month");
    expect(csv.text).toMatch(/By who asked"?,"?The person themselves"?,"?\d/);
  });

  it("previews and runs retention, answers a subject-access request and erases on request", async () => {
    await admin.goto(`${BASE()}/staff/admin/retention`);
    await expectNoAxeViolations(admin, "the retention page", true);
    await Promise.all([
      admin.waitForURL(/erased=0/),
      admin.getByRole("button", { name: "Erase what is due now" }).click(),
    ]);
    await admin.getByText("Retention run finished: 0 referrals erased").waitFor();

    await admin.goto(`${BASE()}/staff/admin/subject-access`);
    await expectNoAxeViolations(admin, "the subject access page", true);
    await admin.getByLabel("Reference, email address or phone number").fill(reference);
    await admin.getByRole("button", { name: "Find referrals" }).click();
    await admin.getByRole("link", { name: reference }).click();
    await admin.waitForURL(/\/staff\/admin\/subject-access\/[0-9a-f-]{36}$/);
    await expectNoAxeViolations(admin, "everything held about a referral", true);
    expect(await admin.locator("main").innerText()).toContain("Ezra Exportable");
    const json = await download(admin, () => admin.getByRole("link", { name: /Download as JSON/ }).click());
    expect(JSON.parse(json.text)).toMatchObject({
      reference,
      answers: expect.arrayContaining([expect.objectContaining({ question: "Full name", answer: "Ezra Exportable" })]),
    });

    await admin.getByLabel("Why is it being erased?").fill("Request from the person by phone, identity checked");
    await admin.getByLabel("Type the reference to confirm").fill("RJ-0000-0000");
    await admin.getByRole("button", { name: "Erase personal data" }).click();
    expect(await errorSummary(admin)).toEqual([
      "Enter the referral’s reference exactly as shown, to confirm which one to erase",
    ]);
    // Email is written to files here: the referral's are named by its id, and go with it.
    const referralId = (await db.query("SELECT id::text AS id FROM referrals WHERE reference = $1", [reference]))
      .rows[0].id as string;
    await findEmail((m) => m.subject === `New request ${reference}`, "the provider email file");
    const mailFiles = () =>
      readdirSync(path.join(process.env.E2E_DATA_DIR!, "mail")).filter((name) => name.includes(referralId));
    expect(mailFiles().length).toBeGreaterThan(0);
    await admin.getByLabel("Type the reference to confirm").fill(reference);
    await Promise.all([
      admin.waitForURL(/done=erased/),
      admin.getByRole("button", { name: "Erase personal data" }).click(),
    ]);
    expect(mailFiles()).toEqual([]);
    expect(
      (await db.query("SELECT count(*)::int AS n FROM referrals WHERE reference = $1", [reference])).rows[0].n,
    ).toBe(0);
    const erased = await db.query(
      "SELECT actor_id, details FROM audit_events WHERE action = 'referral.erased' AND details->>'reference' = $1",
      [reference],
    );
    expect(erased.rows[0].details).toMatchObject({
      kind: "request",
      reason: "Request from the person by phone, identity checked",
    });
  });

  it("refuses every administration action replayed by a member of staff or by nobody, changing nothing", async () => {
    // invite, role, account buttons, retention run, subject-access search, erase
    expect(recorded.size).toBe(6);
    const { email, secret } = await createEnrolledStaff("Stan Staff", "STAFF");
    const staffContext = await browser.newContext();
    await signInWithCode(await staffContext.newPage(), email, secret);
    const staffCookie = (await staffContext.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const counts = () =>
      db.query(
        "SELECT (SELECT count(*) FROM audit_events)::int AS audit, (SELECT count(*) FROM staff_users)::int AS staff, (SELECT count(*) FROM referral_figures)::int AS figures",
      );
    const before = (await counts()).rows[0];
    const allRefused = [...recorded.keys()].map((action) => ({ action, refused: true }));
    expect(await replayRefusals(recorded, staffCookie)).toEqual(allRefused);
    expect(await replayRefusals(recorded, undefined)).toEqual(allRefused);
    expect((await counts()).rows[0]).toEqual(before);
    await staffContext.close();
  });

  it("passes axe on every staff and admin page on a 320 px phone too", async () => {
    // A referral of its own: the one made first has been erased by now.
    const victim = await (await newContext(browser, { javaScript: false })).newPage();
    const own = await quickJourney(victim, BASE(), "Narrow Screen");
    const referralId = (await db.query("SELECT id FROM referrals WHERE reference = $1", [own])).rows[0].id as string;
    await admin.setViewportSize({ width: 320, height: 568 });
    try {
      for (const address of [
        "/staff",
        `/staff/referrals/${referralId}`,
        ...ADMIN_PAGES,
        `/staff/admin/subject-access/${referralId}`,
      ]) {
        await admin.goto(`${BASE()}${address}`);
        await expectNoAxeViolations(admin, `${address} at 320 px`, true);
      }
    } finally {
      await admin.setViewportSize({ width: 1024, height: 768 });
    }
  });

  it("refuses every admin route to someone not signed in", async () => {
    const anonymous = await browser.newContext();
    for (const adminPage of ADMIN_PAGES) {
      const response = await anonymous.request.get(`${BASE()}${adminPage}`, { maxRedirects: 0 });
      expect([307, 303]).toContain(response.status());
      expect(response.headers().location).toMatch(/\/staff\/sign-in/);
    }
    expect(
      (
        await anonymous.request.post(`${BASE()}/staff/admin/export/csv`, {
          form: { mode: "minimised" },
          headers: { origin: BASE() },
        })
      ).status(),
    ).toBe(404);
    expect((await anonymous.request.get(`${BASE()}/staff/admin/figures/csv`)).status()).toBe(404);
    await anonymous.close();
  });
});
