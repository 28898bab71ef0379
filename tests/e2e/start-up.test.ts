import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { openDatabase } from "@/lib/db";
import { FEW_ARENAS, SMALL_YOUNG_GENERATION } from "@/lib/server/embedded-relaunch";
import { launchBrowser, newContext } from "../support/browser";
import { quickJourney } from "../support/journey";
import {
  freePort,
  NODE,
  productionEnv,
  spawnServer,
  spawnWorker,
  startServer,
  waitForExit,
  WORKER_ARGS,
} from "../support/server";
import { createTestDatabase } from "../support/postgres";
import { startSmtpListener } from "../support/smtp-listener";
import { tempFolder } from "../support/temp";
import { waitFor } from "../support/wait";

const TSX = path.resolve("node_modules/.bin/tsx");

/** What a running server was started with, read from Linux's /proc (the same PID after its small-memory start). */
function startedWith(pid: number): { args: string[]; env: string[] } {
  const read = (file: string) => readFileSync(`/proc/${pid}/${file}`, "utf8").split("\0");
  return { args: read("cmdline"), env: read("environ") };
}

const REQUIRED = {
  PROVIDER_EMAIL: "provider@provider.example",
  MAIL_FROM: "Support service <no-reply@service.example>",
  APP_URL: "http://127.0.0.1",
  LOG_LEVEL: "warn",
};

/** Starts the server with `env` and expects it to give up: returns its exit code and output. */
async function failedStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const { child, output } = spawnServer(port, { PORT: String(port), DATA_DIR: tempFolder("fail"), ...env });
  const code = await waitForExit(child, 60_000);
  return { code, output: output() };
}

function runScript(script: string, env: Record<string, string>) {
  return spawnSync(TSX, ["--conditions=react-server", script], {
    encoding: "utf8",
    timeout: 60_000,
    env: productionEnv(env),
  });
}

describe("starting the service", () => {
  it("works on embedded defaults, with no database server and no mail server", async () => {
    const dataDir = tempFolder("embedded-start");
    const server = await startServer({ ...REQUIRED, DATA_DIR: dataDir });
    try {
      // It started again, in place, with the settings that keep it small (issue 24).
      const started = startedWith(server.pid);
      expect(started.args).toContain(SMALL_YOUNG_GENERATION);
      expect(started.env).toContain(`MALLOC_ARENA_MAX=${FEW_ARENAS}`);

      const home = await fetch(`${server.url}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain("Restorative justice in Merseyside");

      // A referral, start to finish, with the provider email as a file under <DATA_DIR>/mail.
      const browser = await launchBrowser();
      try {
        const page = await (await newContext(browser, { javaScript: false })).newPage();
        const reference = await quickJourney(page, server.url, "Embedded Person");
        const mailFolder = path.join(dataDir, "mail");
        const mail = await waitFor(
          async () => {
            if (!existsSync(mailFolder)) return undefined;
            for (const file of readdirSync(mailFolder)) {
              const parsed = await simpleParser(readFileSync(path.join(mailFolder, file)));
              if (parsed.subject === `New request ${reference}`) return parsed;
            }
            return undefined;
          },
          20_000,
          "the provider email file",
        );
        expect(mail.text).toContain("Full name: Embedded Person");
        expect(mail.text).toContain("Postal address, including postcode: 1 Example Street");
      } finally {
        await browser.close();
      }

      // The embedded database is this process's alone: a separate worker is refused, clearly.
      const worker = spawnSync(NODE, WORKER_ARGS, {
        encoding: "utf8",
        timeout: 60_000,
        env: productionEnv({ ...REQUIRED, DATA_DIR: dataDir }),
      });
      expect(worker.status).toBe(1);
      expect(worker.stderr.trim()).toBe(
        `Cannot start: The embedded database in ${path.join(dataDir, "pglite")} is already open in another process (PID ${server.pid}). ` +
          "Stop that process first, or set DATABASE_URL to use a PostgreSQL server, which several processes can share.",
      );
    } finally {
      expect(await server.stop()).toBe(0);
    }
    // Stopped cleanly: the folder holds a migrated database that opens again.
    const db = await openDatabase({ databaseUrl: undefined, dataDir });
    try {
      const rows = await db.withSession((s) =>
        s.query<{ n: number }>('SELECT count(*)::int AS n FROM "_prisma_migrations"'),
      );
      expect(rows[0]!.n).toBeGreaterThan(0);
    } finally {
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("stops with one clear line when a setting is malformed", async () => {
    const { code, output } = await failedStart({ ...REQUIRED, MAIL_FROM: "not an address" });
    expect(code).toBe(1);
    const problems = output.split("\n").filter((line) => line.startsWith("Cannot start"));
    expect(problems).toEqual([
      'Cannot start: Setting MAIL_FROM must be an email address, optionally with a name, like "Support service <no-reply@example.org>".',
    ]);
    expect(output).not.toMatch(/^\s+at /m);
  });

  it("stops with one clear line when a setting required in production is missing", async () => {
    const { code, output } = await failedStart({ MAIL_FROM: REQUIRED.MAIL_FROM, APP_URL: REQUIRED.APP_URL });
    expect(code).toBe(1);
    expect(output).toContain("Cannot start: Setting PROVIDER_EMAIL is required in production and is not set");
  });

  it("names the database host, never the password, when the database cannot be reached", async () => {
    const port = await freePort(); // nothing listens here
    const { code, output } = await failedStart({
      ...REQUIRED,
      DATABASE_URL: `postgresql://app:sup3r-secret@127.0.0.1:${port}/rj`,
    });
    expect(code).toBe(1);
    expect(output).toContain(`Cannot start: cannot open the database at 127.0.0.1:${port}/rj`);
    expect(output).not.toContain("sup3r-secret");
    expect(output).not.toMatch(/^\s+at /m);
  });
});

describe("running the worker as its own process", () => {
  it("leaves the queue to `npm run worker` when the web process runs with WORKER_MODE=separate", async () => {
    const database = await createTestDatabase("e2e_worker");
    const smtp = await startSmtpListener();
    const dataDir = tempFolder("separate-worker");
    const shared = { ...REQUIRED, DATABASE_URL: database.url, DATA_DIR: dataDir, SMTP_URL: smtp.url };
    const web = await startServer({ ...shared, WORKER_MODE: "separate" });
    let worker: ReturnType<typeof spawn> | undefined;
    try {
      // On PostgreSQL the web process runs as it was started.
      expect(startedWith(web.pid).args).not.toContain(SMALL_YOUNG_GENERATION);
      const queued = runScript("scripts/mail-check.ts", shared);
      expect(queued.stderr).toBe("");
      expect(queued.stdout).toMatch(/^Queued test message [0-9a-f-]{36}\./);

      // The web process does not send it.
      await new Promise((resolve) => setTimeout(resolve, 4000));
      expect(smtp.received).toHaveLength(0);

      worker = spawnWorker(shared);
      const mail = await waitFor(() => smtp.received[0], 30_000, "the worker to send the test message");
      expect(mail.subject).toBe("Test message from the referral service");
      expect(existsSync(path.join(dataDir, "mail")) ? readdirSync(path.join(dataDir, "mail")) : []).toEqual([]);
    } finally {
      worker?.kill("SIGTERM");
      if (worker) await waitForExit(worker, 15_000).catch(() => worker?.kill("SIGKILL"));
      await web.stop();
      await smtp.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
