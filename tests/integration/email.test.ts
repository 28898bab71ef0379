import { readdirSync, readFileSync } from "node:fs";
import { startQueue, startWorker, type RunningWorker } from "@/lib/background-jobs";
import path from "node:path";
import type { PgBoss } from "pg-boss";
import { simpleParser } from "mailparser";
import { createStaffUser } from "@/lib/auth/accounts";
import { migrate } from "@/lib/db/migrate";

import { QUEUE } from "@/lib/background-jobs";

import { createFileTransport, mailFolder } from "@/lib/email/transport";
import type { SendEmailJob } from "@/lib/jobs/send-email-job";
import { openBackend, type TestBackend } from "../support/backends";
import { startSmtpListener, type SmtpListener } from "../support/smtp-listener";
import { waitFor } from "../support/wait";

const FROM = "Support service <no-reply@service.example>";

describe("email jobs through a real SMTP server", () => {
  let backend: TestBackend;
  let boss: PgBoss;
  let smtp: SmtpListener;
  let worker: RunningWorker;

  beforeAll(async () => {
    smtp = await startSmtpListener();
    backend = await openBackend("postgres", "email_smtp");
    await backend.db.withSession((s) => migrate(s));
    boss = await startQueue(backend.db);
    // Short retry delay for this test only; production keeps the long backoff.
    await boss.updateQueue(QUEUE.sendEmail, { retryLimit: 3, retryDelay: 1, retryBackoff: false });
    worker = await startWorker(
      boss,
      backend.db,
      {
        smtpUrl: smtp.url,
        dataDir: backend.settings.dataDir,
        mailFrom: FROM,
        providerEmail: "provider@provider.example",
        appUrl: "https://refer.example.org",
        firstContactWorkingDays: 2,
        firstContactPromise: "attempt",
        firstContactEscalationWorkingDays: 2,
        retentionClosedDays: 730,
        retentionWithdrawnDays: 90,
        surveyAfterWeeks: 6,
      },
      { pollingIntervalSeconds: 0.5 },
    );
  });
  afterAll(async () => {
    await worker.stop();
    await boss.stop({ graceful: false, timeout: 1000 });
    await backend.cleanUp();
    await smtp.close();
  });

  it("delivers a queued message with plain-text and HTML parts, retrying when the server refuses at first", async () => {
    smtp.refuseNext(1);
    const job: SendEmailJob = {
      template: "mail-check",
      to: "provider@provider.example",
      params: { requestedAt: "2026-11-25 10:00 <b>", appUrl: "https://refer.example.org" },
    };
    const id = await boss.send(QUEUE.sendEmail, job);
    const mail = await waitFor(() => smtp.received[0], 20_000, "the message at the SMTP listener");

    expect(mail.subject).toBe("Test message from the referral service");
    expect(mail.from?.text).toBe('"Support service" <no-reply@service.example>');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : "").toBe("provider@provider.example");
    expect(mail.text).toContain("requested at 2026-11-25 10:00 <b>");
    // Typed text is escaped in HTML, never interpreted.
    expect(mail.html).toContain("2026-11-25 10:00 &lt;b&gt;");
    expect(mail.html).not.toContain("10:00 <b>");

    const done = await waitFor(
      async () => {
        const found = await boss.getJobById(QUEUE.sendEmail, id!);
        return found?.state === "completed" ? found : undefined;
      },
      10_000,
      "the job to complete",
    );
    expect(done.retryCount).toBe(1);
  });

  it("fails for good, at once, a job whose data does not match its definition", async () => {
    const id = await boss.send(QUEUE.signInAlert, { userId: "not-an-id" });
    const failed = await waitFor(
      async () => {
        const found = await boss.getJobById(QUEUE.signInAlert, id!);
        return found?.state === "failed" ? found : undefined;
      },
      20_000,
      "the job to fail",
    );
    expect(failed.retryCount).toBe(0);
    expect(failed.output).toEqual({ error: "job data does not match its definition" });
  });

  it("tells a member of staff about repeated failed sign-ins, without saying where from", async () => {
    const { userId } = await createStaffUser(backend.db.prisma, {
      email: "kim.alert@provider.example",
      name: "Kim Alert",
      role: "STAFF",
    });
    await boss.send(QUEUE.signInAlert, { userId });
    const mail = await waitFor(
      () => smtp.received.find((m) => m.subject === "Failed sign-ins to your account on the referral service"),
      20_000,
      "the alert",
    );
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : "").toBe("kim.alert@provider.example");
    expect(mail.text).toContain("Hello Kim Alert,");
    expect(mail.text).toContain("Your account is not locked");
    expect(mail.text).toContain("https://refer.example.org/staff/sign-in");
    expect(mail.text).not.toMatch(/\d+\.\d+\.\d+\.\d+/);
  });
});

describe("email without an SMTP server", () => {
  it("is written as a parseable .eml file under <data folder>/mail", async () => {
    const backend = await openBackend("embedded", "email_file");
    try {
      const transport = createFileTransport(backend.settings.dataDir);
      const sent = await transport.send({
        from: FROM,
        to: "provider@provider.example",
        subject: "Test message from the referral service",
        text: "Plain part with a name: Siobhán O’Neill-Ng 李",
        html: "<p>HTML part with a name: Siobhán O’Neill-Ng 李</p>",
      });
      const folder = mailFolder(backend.settings.dataDir);
      const files = readdirSync(folder);
      expect(files).toHaveLength(1);
      expect(sent.file).toBe(path.join(folder, files[0]!));
      expect(files[0]).toMatch(/^\d{4}-\d{2}-\d{2}T[\d-]+Z-[0-9a-f]{8}\.eml$/);

      const parsed = await simpleParser(readFileSync(sent.file!));
      expect(parsed.subject).toBe("Test message from the referral service");
      expect(parsed.text?.trim()).toBe("Plain part with a name: Siobhán O’Neill-Ng 李");
      expect(parsed.html).toContain("<p>HTML part with a name: Siobhán O’Neill-Ng 李</p>");
      expect(parsed.messageId).toBe(sent.messageId);
    } finally {
      await backend.cleanUp();
    }
  });
});
