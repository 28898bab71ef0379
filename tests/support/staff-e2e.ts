/** Staff for end-to-end tests: accounts made straight in the e2e database, sign-in in the browser, emails from the mail folder. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { generate } from "otplib";
import type { Page } from "playwright-core";
import { completeSetup, createStaffUser } from "@/lib/auth/accounts";
import { newTotpSecret } from "@/lib/auth/totp";
import { openDatabase } from "@/lib/db";
import { ERRORS } from "@/lib/errors/messages";
import { BASE, submit } from "./journey";
import { waitFor } from "./wait";

export const STAFF_PASSWORD = "quiet meadow sandstone 19";

/** An account that has set its password and enrolled an authenticator app (enrolment itself is tested through the pages). */
export async function createEnrolledStaff(
  name: string,
  role: "STAFF" | "ADMIN",
): Promise<{ email: string; secret: string; userId: string }> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${Date.now()}@provider.example`;
  const secret = newTotpSecret();
  const database = await openDatabase({ databaseUrl: process.env.E2E_DATABASE_URL, dataDir: ".unused" });
  try {
    const { setupToken, userId } = await createStaffUser(database.prisma, { email, name, role });
    await completeSetup(database.prisma, { token: setupToken, password: STAFF_PASSWORD, confirm: STAFF_PASSWORD });
    await database.prisma.staffUser.update({
      where: { id: userId },
      data: { totpSecret: secret, totpEnabledAt: new Date() },
    });
    return { email, secret, userId };
  } finally {
    await database.close();
  }
}

/** Both steps of signing in, by mouse. */
export async function signInWithCode(
  page: Page,
  email: string,
  secret: string,
  landing = `${BASE()}/staff`,
): Promise<void> {
  await page.goto(`${BASE()}/staff/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(STAFF_PASSWORD);
  await submit(page, /\/staff\/two-factor/);
  await page.getByLabel("Code").fill(await generate({ secret }));
  await submit(page, new RegExp(`^${landing.replace(/[.?]/g, "\\$&")}$`));
}

/** The first email in the e2e server's mail folder that `matches`, waiting for the worker to write it. */
export function findEmail(matches: (mail: ParsedMail) => boolean, what: string): Promise<ParsedMail> {
  const folder = path.join(process.env.E2E_DATA_DIR!, "mail");
  return waitFor(
    async () => {
      if (!existsSync(folder)) return undefined;
      for (const file of readdirSync(folder, { withFileTypes: true }).filter((f) => f.isFile())) {
        const mail = await simpleParser(readFileSync(path.join(folder, file.name)));
        if (matches(mail)) return mail;
      }
      return undefined;
    },
    20_000,
    what,
  );
}

/**
 * A new member of staff's first visit, through the pages: the setup link,
 * a password, signing in, enrolling an authenticator app, making recovery
 * codes; it stops with the codes shown and returns the app's secret.
 */
export async function setUpThroughPages(page: Page, setupLink: string, email: string): Promise<string> {
  await page.goto(setupLink);
  await page.getByLabel("New password").fill(STAFF_PASSWORD);
  await page.getByLabel("Enter the password again").fill(STAFF_PASSWORD);
  await submit(page, /\/staff\/sign-in\?password=set/);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(STAFF_PASSWORD);
  await submit(page, /\/staff\/two-factor\/enrol$/);
  const secret = (await page.locator("[data-totp-secret]").getAttribute("data-totp-secret"))!;
  await page.getByLabel("Code from your authenticator app").fill(await generate({ secret }));
  await submit(page, /\/staff\/two-factor\/recovery-codes$/);
  await page.getByRole("button", { name: "Make my recovery codes" }).click();
  await page.locator(".recovery-codes").waitFor();
  return secret;
}

export type RecordedAction = { url: string; headers: Record<string, string>; body: Buffer };

/** Records the first real request of every server action `page` makes, to replay it later as someone else. */
export function recordServerActions(page: Page): Map<string, RecordedAction> {
  const recorded = new Map<string, RecordedAction>();
  page.on("request", (request) => {
    const action = request.headers()["next-action"];
    if (request.method() === "POST" && action && !recorded.has(action)) {
      recorded.set(action, {
        url: request.url(),
        headers: request.headers(),
        body: request.postDataBuffer() ?? Buffer.alloc(0),
      });
    }
  });
  return recorded;
}

/**
 * Replays each recorded action with another cookie (or none) and says, for
 * each, whether it was refused: told the session has ended, or sent to sign in.
 */
export async function replayRefusals(
  recorded: Map<string, RecordedAction>,
  cookie: string | undefined,
): Promise<Array<{ action: string; refused: boolean }>> {
  const results = [];
  for (const [action, request] of recorded) {
    const headers = { ...request.headers };
    if (cookie) headers.cookie = cookie;
    else delete headers.cookie;
    const response = await fetch(request.url, {
      method: "POST",
      headers,
      body: new Uint8Array(request.body),
      redirect: "manual",
    });
    const text = await response.text();
    const toSignIn = (response.headers.get("x-action-redirect") ?? "").startsWith("/staff/sign-in");
    const refusedInForm = text.includes(ERRORS["session.ended"].message) || text.includes(ERRORS.forbidden.message);
    results.push({ action, refused: refusedInForm || toSignIn });
  }
  return results;
}
