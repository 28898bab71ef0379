/**
 * Drills: the production build, real processes, a real SMTP server and real
 * PostgreSQL, with something breaking while people send requests. Each ends
 * with the same check: every confirmation a person saw is a stored referral,
 * every stored referral reached the provider, and nothing arrived twice.
 *
 * People are played by browser-less clients (tests/support/form-client.ts)
 * that do what a person would when a page fails: load it again, and carry on.
 * Retries are quick here (EMAIL_RETRY_DELAY_SECONDS=1); production waits longer.
 */
import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "../support/postgres";
import { freePort, spawnWorker, startServer, waitForExit, type RunningServer } from "../support/server";
import {
  confirmedReference,
  FormClient,
  journeySteps,
  sendReferral,
  type JourneyAnswers,
} from "../support/form-client";
import { startPrivatePostgres } from "../support/private-postgres";
import { startSmtpListener, type SmtpListener } from "../support/smtp-listener";
import { tempFolder } from "../support/temp";
import { waitFor } from "../support/wait";

const REQUIRED = {
  PROVIDER_EMAIL: "provider@provider.example",
  MAIL_FROM: "Support service <no-reply@service.example>",
  APP_URL: "http://127.0.0.1",
  LOG_LEVEL: "warn",
  EMAIL_RETRY_DELAY_SECONDS: "1",
};

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function startWorker(env: Record<string, string>): ChildProcess {
  return spawnWorker({ ...REQUIRED, ...env });
}

async function stopWorker(worker: ChildProcess | undefined): Promise<void> {
  if (!worker || worker.exitCode !== null || worker.signalCode !== null) return;
  worker.kill("SIGTERM");
  await waitForExit(worker, 30_000).catch(() => worker.kill("SIGKILL"));
}

/**
 * A person going through the journey who, when a page fails (an error page,
 * a dropped connection), waits a moment, loads the page again and carries on;
 * `onFailure` may send them to another instance. Returns the reference on the
 * confirmation page they saw.
 */
async function persistentPerson(
  client: FormClient,
  answers: JourneyAnswers,
  onFailure: (client: FormClient) => void = () => undefined,
  thinkMs = 150,
): Promise<string> {
  const steps = journeySteps(answers);
  let failures = 0;
  for (let i = 0; i < steps.length;) {
    const step = steps[i]!;
    try {
      let page = await client.get(step.path);
      // Sent already, though the answer was lost on the way: the service shows the confirmation again.
      if (page.url.endsWith("/ask/confirmation")) return confirmedReference(page)!;
      if (page.status !== 200 || !page.url.endsWith(step.path)) throw new Error(`${page.status} at ${page.url}`);
      await delay(thinkMs);
      page = await client.submit(page, step.values);
      const next = steps[i + 1]?.path ?? "/ask/confirmation";
      if (page.status !== 200 || !page.url.endsWith(next)) throw new Error(`${page.status} at ${page.url}`);
      if (!steps[i + 1]) return confirmedReference(page)!;
      i += 1;
    } catch (error) {
      failures += 1;
      if (failures > 80) throw error;
      onFailure(client);
      await delay(250);
    }
  }
  throw new Error("unreachable");
}

/** Confirmations seen = referrals stored = provider emails received (and victims' confirmations asked for), none twice. */
async function expectEachDeliveredOnce(
  databaseUrl: string,
  smtp: SmtpListener,
  seen: string[],
  withConfirmation: string[] = [],
): Promise<void> {
  const db = new pg.Client({ connectionString: databaseUrl });
  db.on("error", () => undefined); // a drill may cut it; the queries below report that
  await db.connect();
  try {
    await waitFor(
      async () => {
        const { rows } = await db.query(
          "SELECT count(*)::int AS waiting FROM referrals WHERE provider_email_status <> 'SENT' OR victim_email_status = 'PENDING'",
        );
        return rows[0].waiting === 0 ? true : undefined;
      },
      90_000,
      "every email to be sent",
    );
    await delay(1500); // time for a duplicate to show itself
    const stored = (await db.query("SELECT reference FROM referrals")).rows.map((row) => row.reference as string);
    const subjects = smtp.received.map((mail) => mail.subject ?? "");
    const provider = subjects.filter((s) => s.startsWith("New request ")).map((s) => s.slice("New request ".length));
    const confirmations = subjects
      .filter((s) => s.startsWith("Your reference "))
      .map((s) => s.slice("Your reference ".length));
    const sorted = (list: string[]) => [...list].sort();
    expect(new Set(seen).size).toBe(seen.length);
    expect(sorted(stored)).toEqual(sorted(seen));
    expect(sorted(provider)).toEqual(sorted(seen));
    expect(sorted(confirmations)).toEqual(sorted(withConfirmation));
  } finally {
    await db.end();
  }
}

/** A drill waits for retries and restarts: longer than the usual 60 s a test may take. */
const DRILL_TIMEOUT_MS = 150_000;

describe("drills", () => {
  const cleanUps: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
  });

  async function database(label: string): Promise<TestDatabase> {
    const created = await createTestDatabase(label);
    cleanUps.push(() => created.drop());
    return created;
  }
  function folder(label: string): string {
    const made = tempFolder(label);
    cleanUps.push(() => rmSync(made, { recursive: true, force: true }));
    return made;
  }
  async function server(env: Record<string, string>): Promise<RunningServer> {
    const started = await startServer({ ...REQUIRED, ...env });
    cleanUps.push(async () => void (await started.stop()));
    return started;
  }
  /** A database, an SMTP server, one web instance leaving the queue to a separate worker, and that worker. */
  async function webAndWorker(label: string) {
    const db = await database(label);
    const smtp = await startSmtpListener();
    cleanUps.push(() => smtp.close());
    const shared = { DATABASE_URL: db.url, DATA_DIR: folder(label), SMTP_URL: smtp.url };
    const web = await server({ ...shared, WORKER_MODE: "separate" });
    const worker = startWorker(shared);
    cleanUps.push(() => void worker.kill("SIGKILL"));
    const send = async (fullName: string) =>
      confirmedReference(await sendReferral(new FormClient(web.url), { fullName }))!;
    return { db, smtp, shared, worker, send };
  }

  it(
    "the mail server is down, then back: everything is delivered once",
    async () => {
      const db = await database("drill_smtp");
      const port = await freePort();
      const web = await server({
        DATABASE_URL: db.url,
        DATA_DIR: folder("drill-smtp"),
        SMTP_URL: `smtp://127.0.0.1:${port}`,
      });
      const people = Array.from({ length: 5 }, (_, n) => ({
        fullName: `Drill Smtp ${n}`,
        ...(n < 3 ? { email: `drill.smtp.${n}@example.org` } : {}),
      }));
      const pages = await Promise.all(people.map((answers) => sendReferral(new FormClient(web.url), answers)));
      const seen = pages.map((page) => confirmedReference(page)!);
      expect(seen.every(Boolean)).toBe(true);

      await delay(3000); // nothing listens: every attempt fails, and is tried again
      const check = new pg.Client({ connectionString: db.url });
      await check.connect();
      const { rows } = await check.query("SELECT provider_email_attempts, provider_email_status FROM referrals");
      await check.end();
      expect(rows.every((row) => row.provider_email_attempts >= 1 && row.provider_email_status === "PENDING")).toBe(
        true,
      );
      const smtp = await startSmtpListener(port);
      cleanUps.push(() => smtp.close());
      await expectEachDeliveredOnce(db.url, smtp, seen, seen.slice(0, 3));
    },
    DRILL_TIMEOUT_MS,
  );

  it(
    "the worker is killed while sending: the message is sent again by another, once",
    async () => {
      const { db, smtp, shared, worker: first, send } = await webAndWorker("drill_kill");
      const stalled = smtp.stallNext();
      const seen = [await send("Drill Kill 0")];
      await stalled; // the worker is now mid-send, waiting for the mail server's answer
      first.kill("SIGKILL");
      const second = startWorker(shared);
      cleanUps.push(() => stopWorker(second));
      for (let n = 1; n < 3; n += 1) seen.push(await send(`Drill Kill ${n}`));
      await expectEachDeliveredOnce(db.url, smtp, seen);
    },
    DRILL_TIMEOUT_MS,
  );

  it(
    "the worker is killed after a slow mail server took the message: it may arrive twice, with one Message-ID",
    async () => {
      const { smtp, shared, worker: first, send } = await webAndWorker("drill_kill_slow");
      const arrived = smtp.delayNext(2000);
      const seen = [await send("Drill Kill Slow 0")];
      await arrived; // the mail server has the message and will say so in 2 s: too late for this worker
      first.kill("SIGKILL");
      const second = startWorker(shared);
      cleanUps.push(() => stopWorker(second));
      // Email is at least once: the job was not marked done, so the second worker sends it again.
      const copies = await waitFor(
        () => {
          const found = smtp.received.filter((mail) => mail.subject === `New request ${seen[0]}`);
          return found.length >= 2 ? found : undefined;
        },
        90_000,
        "the second copy",
      );
      expect(copies[0]!.messageId).toMatch(/^<[0-9a-f-]{36}@[\w.-]+>$/);
      expect(new Set(copies.map((mail) => mail.messageId)).size).toBe(1);
    },
    DRILL_TIMEOUT_MS,
  );

  it(
    "the worker is stopped while sending: it finishes that email, takes no new one, and exits 0",
    async () => {
      const { db, smtp, shared, worker: first, send } = await webAndWorker("drill_stop");
      const arrived = smtp.delayNext(3000);
      const seen = [await send("Drill Stop 0")];
      await arrived; // mid-send: the mail server has the message and answers in 3 s
      first.kill("SIGTERM");
      // Sent while the worker is stopping: it must not take this one.
      seen.push(await send("Drill Stop 1"));
      expect(await waitForExit(first, 30_000)).toBe(0);
      expect(smtp.received.map((mail) => mail.subject)).toEqual([`New request ${seen[0]}`]);

      const second = startWorker(shared);
      cleanUps.push(() => stopWorker(second));
      await expectEachDeliveredOnce(db.url, smtp, seen);
    },
    DRILL_TIMEOUT_MS,
  );

  it(
    "two web instances and a separate worker; one instance is killed mid-journey: people carry on at the other",
    async () => {
      const db = await database("drill_instances");
      const smtp = await startSmtpListener();
      cleanUps.push(() => smtp.close());
      const shared = {
        DATABASE_URL: db.url,
        DATA_DIR: folder("drill-instances"),
        SMTP_URL: smtp.url,
        WORKER_MODE: "separate",
      };
      const [a, b] = await Promise.all([server(shared), server(shared)]);
      const worker = startWorker(shared);
      cleanUps.push(() => stopWorker(worker));

      const people = Array.from({ length: 6 }, (_, n) => ({
        fullName: `Drill Instance ${n}`,
        ...(n % 2 ? { email: `drill.instance.${n}@example.org` } : {}),
      }));
      let movedOver = 0;
      const journeys = people.map((answers) =>
        persistentPerson(new FormClient(a!.url), answers, (client) => {
          movedOver += 1;
          client.moveTo(b!.url);
        }),
      );
      await delay(1200);
      a!.child.kill("SIGKILL");
      const seen = await Promise.all(journeys);
      expect(movedOver).toBeGreaterThan(0); // the kill did land mid-journey
      await expectEachDeliveredOnce(
        db.url,
        smtp,
        seen,
        seen.filter((_, n) => n % 2),
      );
    },
    DRILL_TIMEOUT_MS,
  );

  it(
    "the database restarts while people are sending: nothing is lost or sent twice",
    async () => {
      const postgres = await startPrivatePostgres();
      cleanUps.push(() => postgres.stop());
      const smtp = await startSmtpListener();
      cleanUps.push(() => smtp.close());
      const web = await server({ DATABASE_URL: postgres.url, DATA_DIR: folder("drill-restart"), SMTP_URL: smtp.url });

      const people = Array.from({ length: 6 }, (_, n) => ({
        fullName: `Drill Restart ${n}`,
        ...(n < 2 ? { email: `drill.restart.${n}@example.org` } : {}),
      }));
      let finished = 0;
      const journeys = people.map((answers) =>
        persistentPerson(new FormClient(web.url), answers).finally(() => (finished += 1)),
      );
      await delay(1000);
      expect(finished).toBe(0); // the restart lands mid-journey
      await postgres.restart();
      const seen = await Promise.all(journeys);
      await waitFor(
        async () => ((await fetch(`${web.url}/readyz`)).status === 200 ? true : undefined),
        30_000,
        "ready again",
      );
      await expectEachDeliveredOnce(postgres.url, smtp, seen, seen.slice(0, 2));
    },
    DRILL_TIMEOUT_MS,
  );
});
