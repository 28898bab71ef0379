/**
 * `npm run bench:delivery`: how fast the worker drains a backlog of provider
 * emails to a local SMTP server, and whether a burst starves another queue.
 *
 * Each trial: a fresh database (BENCH_DELIVERY_DATABASE_URL, default
 * postgresql://postgres@127.0.0.1:5432/rj_bench_delivery, made again each time),
 * 1,000 referrals and their deliver-referral jobs, a real SMTP server on
 * 127.0.0.1 (smtp-server), then the real worker (the same code `npm run
 * worker` runs) started against it; timed until every referral is marked SENT.
 * One second in, a victim's confirmation is queued: its wait is the starvation
 * figure. Every message is counted at the SMTP server: none may be missing or
 * arrive twice.
 *
 * Baseline, in the same run and interleaved: nodemailer alone sending the same
 * 1,000 rendered emails over as many connections, with no queue and no
 * database. Reported as medians of three, and as a ratio to the baseline.
 * Target: under 2 minutes for 1,000.
 */
import { startQueue, startWorker } from "@/lib/background-jobs";
import type { AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { openDatabase } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { renderProviderReferral } from "@/lib/referrals/delivery/provider-referral-email";

import { JOBS, QUEUE } from "@/lib/background-jobs";

import type { ReferralAnswers } from "@/lib/referrals/schema";

const URL_ = process.env.BENCH_DELIVERY_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/rj_bench_delivery";
const EMAILS = Number(process.env.BENCH_DELIVERY_EMAILS ?? 1000);
const TRIALS = 3;
const FROM = "Support service <no-reply@service.example>";

const ANSWERS: ReferralAnswers = {
  "about-you": { fullName: "Bench Person", preferredName: "", over18: "yes", location: "L20 3AB" },
  "safe-contact": {
    contactMethods: ["phone", "email"],
    phoneNumber: "0151 496 0000",
    mobileNumber: "",
    emailAddress: "person@example.com",
    emailConfirmation: true,
    postalAddress: "",
    safeTimes: "Weekdays after 6pm",
    messageSafe: "no",
    someoneElse: "notSure",
    safeWord: "bluebell",
  },
  "what-happened": {
    crimeType: "burglary",
    crimeTypeOther: "",
    whenKnown: "yes",
    month: "3",
    year: "2025",
    area: "Bootle",
    reportedToPolice: "yes",
    crimeReference: "MP/25/1",
    description: "They came in through the back door and took things. ".repeat(5),
  },
  "person-responsible": { knowWho: "yes", admitted: "yes", justiceStage: "convicted" },
  "what-you-would-like": { communicationWays: ["meeting", "letter"], anythingElse: "Please call after 6pm" },
  support: {
    interpreter: "no",
    interpreterLanguage: "",
    accessibilityNeeds: "Large print",
    otherServices: "",
    heardAbout: "police",
    heardAboutOther: "",
  },
} as unknown as ReferralAnswers;

type Listener = { url: string; subjects: string[]; close(): Promise<void> };

async function smtpListener(): Promise<Listener> {
  const subjects: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      let head = "";
      stream.on("data", (chunk: Buffer) => {
        if (head.length < 4096) head += chunk.toString();
      });
      stream.on("end", () => {
        subjects.push(/^Subject: (.*)$/m.exec(head)?.[1]?.trim() ?? "");
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    subjects,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function freshDatabase(): Promise<void> {
  const url = new URL(URL_);
  const name = url.pathname.slice(1).replace(/"/g, "");
  url.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

const SEED = `
INSERT INTO referrals (id, reference, created_at, updated_at, consent_given_at, consent_version, answers, full_name, crime_type, idempotency_key, victim_email_status)
SELECT gen_random_uuid(), 'RJ-' || lpad(g::text, 9, '0'), now(), now(), now(), 'bench', $1::jsonb, 'Bench Person', 'burglary',
  lpad(to_hex(g), 64, '0'), 'NOT_REQUESTED'
FROM generate_series(1, $2::int) g RETURNING id`;

/** The worker draining `EMAILS` provider emails; seconds, and how long a confirmation queued meanwhile waited. */
async function drainTrial(): Promise<{
  seconds: number;
  confirmationSeconds: number;
  received: number;
  unique: number;
}> {
  await freshDatabase();
  const db = await openDatabase({ databaseUrl: URL_, dataDir: ".data/bench-delivery" });
  const smtp = await smtpListener();
  try {
    await db.withSession((s) => migrate(s));
    const boss = await startQueue(db);
    const rows = await db.withSession((s) => s.query<{ id: string }>(SEED, [JSON.stringify(ANSWERS), EMAILS]));
    await boss.insert(
      QUEUE.deliverReferral,
      rows.map((row) => ({ data: { referralId: row.id } })),
    );
    const probe = await db.withSession((s) =>
      s.query<{ id: string }>(`UPDATE referrals SET victim_email_status = 'PENDING' WHERE id = $1 RETURNING id`, [
        rows[0]!.id,
      ]),
    );

    const started = performance.now();
    const worker = await startWorker(boss, db, {
      smtpUrl: smtp.url,
      dataDir: ".data/bench-delivery",
      mailFrom: FROM,
      providerEmail: "referrals@provider.example",
      appUrl: "https://refer.example.org",
      firstContactWorkingDays: 2,
      firstContactPromise: "attempt",
      firstContactEscalationWorkingDays: 2,
      retentionClosedDays: 730,
      retentionWithdrawnDays: 90,
      surveyAfterWeeks: 6,
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const queuedAt = performance.now();
    await boss.send(QUEUE.victimConfirmation, { referralId: probe[0]!.id });
    let confirmationSeconds = NaN;
    for (;;) {
      if (Number.isNaN(confirmationSeconds) && smtp.subjects.some((s) => s.startsWith("Your reference"))) {
        confirmationSeconds = (performance.now() - queuedAt) / 1000;
      }
      const [counted] = await db.withSession((s) =>
        s.query<{ sent: number }>("SELECT count(*)::int AS sent FROM referrals WHERE provider_email_status = 'SENT'"),
      );
      const sent = counted?.sent ?? 0;
      if (sent >= EMAILS && !Number.isNaN(confirmationSeconds)) break;
      if (performance.now() - started > 600_000) throw new Error(`Gave up after 10 minutes with ${sent} sent`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const seconds = (performance.now() - started) / 1000;
    await worker.stop();
    await boss.stop({ graceful: false, timeout: 2000 });
    const providerSubjects = smtp.subjects.filter((s) => s.startsWith("New request"));
    return { seconds, confirmationSeconds, received: providerSubjects.length, unique: new Set(providerSubjects).size };
  } finally {
    await db.close();
    await smtp.close();
  }
}

/** nodemailer alone: the same emails over the same number of connections, no queue, no database. */
async function baselineTrial(): Promise<number> {
  const smtp = await smtpListener();
  const connections = JOBS.deliverReferral.email.concurrency;
  const transport = nodemailer.createTransport({
    url: smtp.url,
    pool: true,
    maxConnections: connections,
    maxMessages: 100,
  });
  try {
    const started = performance.now();
    let next = 0;
    const lane = async () => {
      while (next < EMAILS) {
        const n = next++;
        const email = renderProviderReferral({
          reference: `RJ-${String(n).padStart(9, "0")}`,
          receivedAt: "2026-11-28 10:00 UTC",
          sensitive: false,
          answers: ANSWERS,
          referralUrl: `https://refer.example.org/staff/referrals/${n}`,
        });
        await transport.sendMail({ from: FROM, to: "referrals@provider.example", ...email });
      }
    };
    await Promise.all(Array.from({ length: connections }, lane));
    return (performance.now() - started) / 1000;
  } finally {
    transport.close();
    await smtp.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const drains: Awaited<ReturnType<typeof drainTrial>>[] = [];
  const baselines: number[] = [];
  for (let trial = 1; trial <= TRIALS; trial += 1) {
    baselines.push(await baselineTrial());
    drains.push(await drainTrial());
    const d = drains.at(-1)!;
    console.log(
      `trial ${trial}: baseline ${baselines.at(-1)!.toFixed(2)} s, worker ${d.seconds.toFixed(2)} s, confirmation waited ${d.confirmationSeconds.toFixed(2)} s, received ${d.received} (${d.unique} different)`,
    );
    if (d.received !== EMAILS || d.unique !== EMAILS) throw new Error(`Expected ${EMAILS} provider emails, each once`);
  }
  const drain = median(drains.map((d) => d.seconds));
  const baseline = median(baselines);
  console.log("");
  console.log(
    `| ${EMAILS} provider emails to a local SMTP server (median of ${TRIALS}) | seconds | emails per second | ratio to baseline |`,
  );
  console.log("|---|---|---|---|");
  console.log(
    `| nodemailer alone, ${JOBS.deliverReferral.email.concurrency} connections (baseline) | ${baseline.toFixed(2)} | ${(EMAILS / baseline).toFixed(0)} | 1.00 |`,
  );
  console.log(
    `| the worker draining the queue (target under 120 s) | ${drain.toFixed(2)} | ${(EMAILS / drain).toFixed(0)} | ${(drain / baseline).toFixed(2)} |`,
  );
  console.log(
    `| a victim's confirmation queued 1 s into the backlog: wait | ${median(drains.map((d) => d.confirmationSeconds)).toFixed(2)} | | |`,
  );
  console.log("");
  console.log(drain < 120 ? "Target met." : "Target NOT met.");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
