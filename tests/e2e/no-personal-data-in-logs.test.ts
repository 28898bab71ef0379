/**
 * Personal data must not reach a log line, or the queue's records of failed
 * jobs. A web process and a separate worker (both logging at `trace`, the
 * most they can) serve journeys and staff work carrying unique marker values:
 * a name, an email address, a phone number, free text, a staff password and
 * a staff member's authenticator secret. Along the way things fail: the
 * victim's mail server refuses their address (quoting it back, with a NUL
 * byte), and a database write fails while answers are being saved. Then
 * every line both processes printed is searched for every marker.
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { rmSync } from "node:fs";
import { generate } from "otplib";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { createStaffUser } from "@/lib/auth/accounts";
import { eraseOnRequest } from "@/lib/admin/erasure/erase-referral";
import { authorise } from "@/lib/auth/policy";
import { openDatabase } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "../support/postgres";
import { spawnWorker, startServer, waitForExit, type RunningServer } from "../support/server";
import { confirmedReference, FormClient, heading, sendReferral } from "../support/form-client";
import { tempFolder } from "../support/temp";
import { waitFor } from "../support/wait";

const tag = randomBytes(4).toString("hex");
const MARKERS = {
  name: `Zqmarkname${tag}`,
  email: `zq.mark.${tag}@markers.example`,
  phone: `07700 9${String(parseInt(tag, 16) % 100000).padStart(5, "0")}`,
  freeText: `Zqmarktext${tag} happened near the shops`,
  password: `zq-mark-pass-${tag}-long enough`,
};

describe("no personal data in logs or in the queue's records", () => {
  let database: TestDatabase;
  let web: RunningServer;
  let worker: ChildProcess;
  let workerOutput = "";
  let smtp: SMTPServer;
  let dataDir: string;
  const providerMail: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase("e2e_markers");
    dataDir = tempFolder("markers");
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onRcptTo(address, _session, callback) {
        // A mail server that refuses the victim's address, quoting it back with a NUL in the text.
        if (address.address === MARKERS.email) {
          return callback(
            Object.assign(new Error(`<${MARKERS.email}>: Recipient address rejected\u0000 (${MARKERS.name})`), {
              responseCode: 550,
            }),
          );
        }
        callback();
      },
      onData(stream, _session, callback) {
        let text = "";
        stream.on("data", (chunk: Buffer) => (text += chunk.toString()));
        stream.on("end", () => {
          providerMail.push(text);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
    const shared = {
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      SMTP_URL: smtpUrl,
      PROVIDER_EMAIL: "provider@provider.example",
      MAIL_FROM: "Support service <no-reply@service.example>",
      APP_URL: "http://127.0.0.1",
      LOG_LEVEL: "trace",
    };
    web = await startServer({ ...shared, WORKER_MODE: "separate" });
    worker = spawnWorker(shared, "pipe");
    worker.stdout?.on("data", (chunk: Buffer) => (workerOutput += chunk.toString()));
    worker.stderr?.on("data", (chunk: Buffer) => (workerOutput += chunk.toString()));
  });

  afterAll(async () => {
    worker?.kill("SIGTERM");
    if (worker) await waitForExit(worker, 20_000).catch(() => worker.kill("SIGKILL"));
    await web?.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps every marker out of every log line and every stored failure", async () => {
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      // 1. A victim's request, with a confirmation email their mail server will refuse.
      const victim = new FormClient(web.url);
      const sent = await sendReferral(victim, {
        fullName: MARKERS.name,
        email: MARKERS.email,
        phone: MARKERS.phone,
        description: MARKERS.freeText,
      });
      const reference = confirmedReference(sent);
      expect(reference).not.toBeNull();
      await waitFor(
        () => (providerMail.some((mail) => mail.includes(reference!)) ? true : undefined),
        30_000,
        "the provider email",
      );
      await waitFor(
        async () => {
          const { rows } = await db.query(
            "SELECT output FROM pgboss.job WHERE name = 'victim-confirmation' AND output IS NOT NULL",
          );
          return rows.length > 0 ? true : undefined;
        },
        30_000,
        "the refused confirmation to be recorded",
      );

      // 2. A write that fails while answers are being saved.
      await db.query(
        `CREATE FUNCTION refuse_writes() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'writes refused for this test'; END $$ LANGUAGE plpgsql`,
      );
      await db.query(
        "CREATE TRIGGER refuse_writes BEFORE UPDATE ON referral_drafts FOR EACH ROW EXECUTE FUNCTION refuse_writes()",
      );
      const second = new FormClient(web.url);
      const about = await second.submit(await second.get("/ask"), { consent: "yes" });
      const failed = await second.submit(about, {
        fullName: MARKERS.name,
        over18: "yes",
        location: MARKERS.freeText.slice(0, 20),
      });
      expect(heading(failed.html)).toBe("Sorry, there is a problem with the service");
      await db.query("DROP TRIGGER refuse_writes ON referral_drafts");

      // 3. A member of staff: password set through the page, wrong and right passwords, enrolment, the referral, a search.
      const admin = await (async () => {
        const opened = await openDatabase({ databaseUrl: database.url, dataDir });
        try {
          return await createStaffUser(opened.prisma, {
            email: `admin.${tag}@provider.example`,
            name: "Marker Admin",
            role: "ADMIN",
          });
        } finally {
          await opened.close();
        }
      })();
      const staff = new FormClient(web.url);
      await staff.submit(await staff.get(`/staff/setup/${admin.setupToken}`), {
        password: MARKERS.password,
        confirm: MARKERS.password,
      });
      const signIn = await staff.get("/staff/sign-in");
      await staff.submit(signIn, { email: `admin.${tag}@provider.example`, password: `${MARKERS.password}x` });
      const enrol = await staff.submit(await staff.get("/staff/sign-in"), {
        email: `admin.${tag}@provider.example`,
        password: MARKERS.password,
      });
      expect(enrol.url).toMatch(/\/staff\/two-factor\/enrol$/);
      const secret = /data-totp-secret="([A-Z2-7]+)"/.exec(enrol.html)![1]!;
      const codes = await staff.submit(enrol, { code: await generate({ secret }) });
      expect(codes.url).toMatch(/\/staff\/two-factor\/recovery-codes$/);
      const {
        rows: [row],
      } = await db.query("SELECT id FROM referrals WHERE reference = $1", [reference]);
      const casePage = await staff.get(`/staff/referrals/${row.id}`);
      expect(casePage.html).toContain(MARKERS.name);
      const search = await staff.get("/staff/admin/subject-access");
      await staff.submit(search, { by: "email", term: MARKERS.email });

      // 4. Erasure leaves nothing of the referral in the queue.
      const opened = await openDatabase({ databaseUrl: database.url, dataDir });
      try {
        const adminUser = authorise({
          sessionHash: "x",
          userId: admin.userId,
          email: "",
          name: "",
          role: "ADMIN",
          secondFactorDone: true,
          totpEnrolled: true,
        });
        const outputsBefore = (
          await db.query("SELECT output::text AS output FROM pgboss.job WHERE output IS NOT NULL")
        ).rows.map((r) => r.output as string);
        expect(outputsBefore.join("\n")).toContain("SMTP 550");
        for (const output of outputsBefore) {
          expect(output).not.toContain(MARKERS.email);
          expect(output).not.toContain(MARKERS.name);
          expect(output).not.toMatch(/\\n\s+at |"stack"/);
          expect(output).not.toMatch(/\\u0000/);
        }
        expect(
          await eraseOnRequest(opened.prisma, adminUser, {
            referralId: row.id,
            confirmReference: reference!,
            reason: "test",
          }),
        ).toEqual({ reference });
        expect(
          (await db.query("SELECT count(*)::int AS n FROM pgboss.job WHERE data->>'referralId' = $1", [row.id])).rows[0]
            .n,
        ).toBe(0);
      } finally {
        await opened.close();
      }

      // 5. Every line both processes printed.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const lines = `${web.output()}\n${workerOutput}`.split("\n");
      // The failures above were logged (so there was something to leak).
      for (const said of ["referral received", "email not sent", "error reported by Next.js", "provider email sent"]) {
        expect(lines.some((line) => line.includes(`"msg":"${said}`))).toBe(true);
      }
      const phoneDigits = MARKERS.phone.replace(/\D/g, "");
      for (const [kind, marker] of [
        ...Object.entries(MARKERS),
        ["phone digits", phoneDigits],
        ["totp secret", secret],
      ] as Array<[string, string]>) {
        const leaks = lines.filter((line) => line.includes(marker));
        expect({ kind, leaks }).toEqual({ kind, leaks: [] });
      }
    } finally {
      await db.end();
    }
  });
});
