import type { PgBoss } from "pg-boss";
import { startQueue, startWorker, type RunningWorker } from "@/lib/background-jobs";
import { migrate } from "@/lib/db/migrate";

import { QUEUE } from "@/lib/background-jobs";

import { submitReferral } from "@/lib/referrals/submit-referral";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { ANSWERS, completeDraft } from "../support/referral-fixtures";
import { freePort } from "../support/server";
import { startSmtpListener, type SmtpListener } from "../support/smtp-listener";
import { waitFor } from "../support/wait";

const SETTINGS = {
  mailFrom: "Support service <no-reply@service.example>",
  providerEmail: "referrals@provider.example",
  appUrl: "https://refer.example.org",
  firstContactWorkingDays: 2,
  firstContactPromise: "attempt" as const,
  firstContactEscalationWorkingDays: 2,
  retentionClosedDays: 730,
  retentionWithdrawnDays: 90,
  surveyAfterWeeks: 6,
};

describe.each(BACKENDS)("delivering referrals to the provider on %s", (kind) => {
  let backend: TestBackend;
  let boss: PgBoss;
  let worker: RunningWorker;
  let smtp: SmtpListener | undefined;
  let port: number;

  beforeAll(async () => {
    backend = await openBackend(kind, `delivery_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    boss = await startQueue(backend.db);
    // Quick retries for the test; production keeps the 33-hour backoff.
    for (const name of [QUEUE.deliverReferral, QUEUE.victimConfirmation]) {
      await boss.updateQueue(name, { retryLimit: 20, retryDelay: 1, retryBackoff: false });
    }
    port = await freePort();
    worker = await startWorker(
      boss,
      backend.db,
      { ...SETTINGS, smtpUrl: `smtp://127.0.0.1:${port}`, dataDir: backend.settings.dataDir },
      { pollingIntervalSeconds: 0.5 },
    );
  });
  afterAll(async () => {
    await worker.stop();
    await boss.stop({ graceful: false, timeout: 1000 });
    await backend.cleanUp();
    await smtp?.close();
  });

  it("keeps the referral while the mail server is down, and delivers every answer once it is back", async () => {
    const prisma = backend.db.prisma;
    const { tokenHash } = await completeDraft(prisma);
    const result = await submitReferral(backend.db, tokenHash);

    // Nothing listens on the SMTP port yet: attempts fail and are recorded, without personal data.
    const failing = await waitFor(
      async () => {
        const row = await prisma.referral.findUniqueOrThrow({ where: { id: result.referralId } });
        return row.providerEmailAttempts >= 2 ? row : undefined;
      },
      20_000,
      "failed attempts to be recorded",
    );
    expect(failing.providerEmailStatus).toBe("PENDING");
    expect(failing.providerEmailLastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    expect(failing.providerEmailLastError).not.toContain("Siobhán");

    smtp = await startSmtpListener(port);
    const sent = await waitFor(
      async () => {
        const row = await prisma.referral.findUniqueOrThrow({ where: { id: result.referralId } });
        return row.providerEmailStatus === "SENT" ? row : undefined;
      },
      20_000,
      "the provider email to be sent",
    );
    expect(sent.providerEmailSentAt).not.toBeNull();
    expect(sent.providerEmailLastError).toBeNull();

    const providerMail = await waitFor(
      () => smtp!.received.find((m) => m.subject === `New request ${result.reference}`),
      10_000,
      "the provider email",
    );
    const to = providerMail.to && !Array.isArray(providerMail.to) ? providerMail.to.text : "";
    expect(to).toBe(SETTINGS.providerEmail);
    const text = providerMail.text ?? "";
    for (const expected of [
      ANSWERS["about-you"].fullName,
      "Shiv",
      "L20 3AB",
      "Phone call; Email",
      "0151 496 0000",
      "victim@example.com",
      "Weekdays after 6pm",
      "bluebell",
      "Burglary",
      "March 2024",
      "Bootle",
      "MP/24/0001234",
      "They broke in & took <things>",
      "I’m not sure",
      "They are in prison",
      "Writing or receiving a letter; A video",
      "Please call after 6pm",
      "Polish",
      "Large print",
      "A leaflet",
      `https://refer.example.org/staff/referrals/${result.referralId}`,
    ] as string[]) {
      expect(text).toContain(expected);
    }
    // In HTML, what the victim typed is escaped, never markup.
    expect(providerMail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(providerMail.html).not.toContain("<script>");
    expect(providerMail.html).toContain("They broke in &amp; took &lt;things&gt;");

    // The victim asked for a discreet confirmation.
    const confirmation = await waitFor(
      () => smtp!.received.find((m) => m.subject === `Your reference ${result.reference}`),
      10_000,
      "the confirmation",
    );
    expect(confirmation.to && !Array.isArray(confirmation.to) ? confirmation.to.text : "").toBe("victim@example.com");
    expect(`${confirmation.subject} ${confirmation.from?.text}`).not.toMatch(/crime|offender|restorative/i);
    expect(confirmation.text).not.toContain("Burglary");
    expect(confirmation.text).toContain("within 2 working days");
    await waitFor(
      async () => {
        const row = await prisma.referral.findUniqueOrThrow({ where: { id: result.referralId } });
        return row.victimEmailStatus === "SENT" ? true : undefined;
      },
      10_000,
      "the confirmation to be recorded",
    );
  });

  it("marks a delivery that has used up its retries as failed, so it stays visible", async () => {
    const prisma = backend.db.prisma;
    await boss.updateQueue(QUEUE.deliverReferral, { retryLimit: 1, retryDelay: 1, retryBackoff: false });
    smtp!.refuseNext(1000);
    try {
      const { tokenHash } = await completeDraft(prisma, { "safe-contact": { contactMethods: ["phone"] } });
      const result = await submitReferral(backend.db, tokenHash);
      const failed = await waitFor(
        async () => {
          const row = await prisma.referral.findUniqueOrThrow({ where: { id: result.referralId } });
          return row.providerEmailStatus === "FAILED" ? row : undefined;
        },
        20_000,
        "the delivery to be marked failed",
      );
      expect(failed.providerEmailAttempts).toBe(2);
      expect(failed.providerEmailLastError).toContain("SMTP 451");
      expect(failed.victimEmailStatus).toBe("NOT_REQUESTED");
    } finally {
      smtp!.refuseNext(0);
      await boss.updateQueue(QUEUE.deliverReferral, { retryLimit: 20, retryDelay: 1, retryBackoff: false });
    }
  });
});
