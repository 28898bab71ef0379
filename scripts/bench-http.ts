/**
 * What the HTTP benchmarks share: the production build started as `npm start`
 * starts it (dist/serve.js, compiled from scripts/serve.ts, its own process, on a fresh PostgreSQL
 * database, limits off so the load is not refused), and a load generator in
 * this process: `concurrency` requests always in flight over keep-alive
 * connections, for a fixed time, counting answers that were what they should be.
 */
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { FormClient, hiddenFields, journeySteps } from "../tests/support/form-client";

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export type BenchServer = { url: string; databaseUrl: string; pid: number; stop(): Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Starts the server on a new database called `name` (dropped when it stops),
 * or, with `existingDatabase`, on that database, which is left as it is.
 */
export async function startBenchServer(
  name: string,
  options: { existingDatabase?: string; embeddedDataDir?: string; env?: Record<string, string> } = {},
): Promise<BenchServer> {
  // Embedded: no DATABASE_URL, so the server opens PGlite in that folder (kept when it stops).
  const embedded = options.embeddedDataDir;
  const fresh = !options.existingDatabase && !embedded;
  if (fresh) {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin(`CREATE DATABASE "${name}"`);
  }
  const databaseUrl = new URL(options.existingDatabase ?? ADMIN_URL);
  if (fresh) databaseUrl.pathname = `/${name}`;
  const port = await freePort();
  // BENCH_PROFILE_DIR: the server writes a CPU profile there when it stops (for "what bounds it").
  const profile = process.env.BENCH_PROFILE_DIR ? ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_PROFILE_DIR] : [];
  // BENCH_NODE_FLAGS: extra flags for the server's Node (to try a memory setting, say).
  // BENCH_SERVE: another entry point (BENCH_NODE_FLAGS="--import tsx" BENCH_SERVE=scripts/serve.ts runs the source).
  const flags = process.env.BENCH_NODE_FLAGS?.split(" ").filter(Boolean) ?? [];
  const child: ChildProcess = spawn(
    path.resolve("node_modules/.bin/node"),
    [...profile, ...flags, process.env.BENCH_SERVE ?? path.resolve("dist/serve.js")],
    {
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        NODE_ENV: "production",
        MAIL_TO_FILES: "yes",
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(port),
        LISTEN_ADDRESS: "127.0.0.1",
        ...(embedded ? {} : { DATABASE_URL: databaseUrl.toString() }),
        DATA_DIR: embedded ?? `.data/${name}`,
        PROVIDER_EMAIL: "referrals@provider.example",
        MAIL_FROM: "Support service <no-reply@service.example>",
        APP_URL: `http://127.0.0.1:${port}`,
        PROVIDER_PHONE: "0151 000 0000",
        LOG_LEVEL: "warn",
        SHUTDOWN_DELAY_SECONDS: "0",
        // As in production (README checklist): the web process leaves email to separate workers, so what is measured is the web request.
        WORKER_MODE: "separate",
        JOURNEY_STARTS_PER_HOUR: "100000",
        JOURNEY_SAVES_PER_HOUR: "100000",
        REFERRALS_PER_ADDRESS_PER_DAY: "100000",
        REFERRALS_PER_HOUR: "100000",
        MIN_SECONDS_BEFORE_SENDING: "0",
        ...options.env,
      },
      stdio: ["ignore", process.env.BENCH_SERVER_OUTPUT ? "inherit" : "ignore", "inherit"],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (i > 240) throw new Error("The server did not start");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    databaseUrl: databaseUrl.toString(),
    pid: child.pid!,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      if (fresh) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

export type Request = {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
  /** Where a redirect must point (its path): a 303 elsewhere (say, to "session expired") is a wrong answer. */
  location?: string;
};
export type LoadResult = { perSecond: number; ok: number; wrong: number; p50: number; p95: number };

function locationPath(location: string | undefined): string | undefined {
  return location === undefined ? undefined : new URL(location, "http://x").pathname;
}

/** `next()` gives each request (and the status it must answer with); `concurrency` always in flight for `seconds`. */
export async function load(
  base: string,
  next: () => Request & { expect: number },
  seconds: number,
  concurrency: number,
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const { hostname, port } = new URL(base);
  const latencies: number[] = [];
  let ok = 0;
  let wrong = 0;
  const deadline = performance.now() + seconds * 1000;
  const one = (request: Request & { expect: number }) =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const req = http.request(
        { host: hostname, port, path: request.path, method: request.method ?? "GET", headers: request.headers, agent },
        (res) => {
          res.resume();
          res.on("end", () => {
            const locationRight = !request.location || locationPath(res.headers.location) === request.location;
            if (res.statusCode === request.expect && locationRight) ok += 1;
            else wrong += 1;
            latencies.push(performance.now() - started);
            resolve();
          });
        },
      );
      req.on("error", () => {
        wrong += 1;
        resolve();
      });
      req.end(request.body);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) await one(next());
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return { perSecond: ok / elapsed, ok, wrong, p50: at(50), p95: at(95) };
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Walks one person through the journey (as a browser without JavaScript) to
 * "Check your answers", and returns the send form as it would be posted: the
 * body and its content type. The draft it made holds every draft's answers.
 */
export async function checkAnswersForm(url: string): Promise<{ body: Buffer; contentType: string }> {
  const person = new FormClient(url);
  let page = await person.get("/ask");
  for (const step of journeySteps({
    fullName: "Bench Person",
    email: "bench@example.org",
    phone: "0151 496 0000",
  }).slice(0, -1)) {
    page = await person.submit(page, step.values);
  }
  if (!page.url.endsWith("/ask/check-answers")) throw new Error(`The journey did not reach check answers: ${page.url}`);
  const form = new FormData();
  for (const [name, value] of hiddenFields(page.html)) form.append(name, value);
  const encoded = new Request("http://x/", { method: "POST", body: form });
  return { body: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get("content-type")! };
}
