/**
 * Starts the production build the way `npm start` does (dist/serve.js, compiled
 * from scripts/serve.ts by `npm run build`, on the project's Node 24, one process) as a child process, waits until it is
 * ready (GET /readyz), and stops it by PID with SIGTERM.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export const NODE = path.resolve("node_modules/.bin/node");
export const SERVE = path.resolve("dist/serve.js");
/** The worker as `npm run worker` runs it (compiled by `npm run build`). */
export const WORKER_ARGS = ["--conditions=react-server", path.resolve("dist/worker.js")];

/** What every child process of the service is started with in tests, before its own settings. */
export function productionEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    NODE_ENV: "production",
    // Tests read the email files (or set SMTP_URL); production asks for files on purpose.
    MAIL_TO_FILES: "yes",
    ...env,
  };
}

/** `npm run worker` as its own process. */
export function spawnWorker(env: Record<string, string>, stdio: "ignore" | "pipe" = "ignore"): ChildProcess {
  return spawn(NODE, WORKER_ARGS, { env: productionEnv(env), stdio: ["ignore", stdio, stdio] });
}

export type RunningServer = {
  url: string;
  pid: number;
  child: ChildProcess;
  output: () => string;
  stop(): Promise<number | null>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function assertBuilt(): void {
  if (!existsSync(".next/BUILD_ID") || !existsSync(SERVE)) {
    throw new Error("No production build found: run `npm run build` first (npm test does it for you).");
  }
}

export const NO_LIMITS = {
  JOURNEY_STARTS_PER_HOUR: "100000",
  JOURNEY_SAVES_PER_HOUR: "100000",
  REFERRALS_PER_ADDRESS_PER_DAY: "100000",
  REFERRALS_PER_HOUR: "100000",
  MIN_SECONDS_BEFORE_SENDING: "0",
};

export function spawnServer(port: number, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(NODE, [SERVE], {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      // Tests read the email files (or set SMTP_URL); production asks for files on purpose.
      MAIL_TO_FILES: "yes",
      PORT: String(port),
      LISTEN_ADDRESS: "127.0.0.1",
      // Tests stop servers often; a load balancer's drain delay only slows them down.
      SHUTDOWN_DELAY_SECONDS: "0",
      // Every test sends from 127.0.0.1, many requests, fast: limits off unless a test sets them.
      ...NO_LIMITS,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

export function waitForExit(child: ChildProcess, timeoutMs = 30_000): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("server did not exit in time")), timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

export async function startServer(env: Record<string, string>, timeoutMs = 60_000): Promise<RunningServer> {
  assertBuilt();
  const port = await freePort();
  const { child, output } = spawnServer(port, { PORT: String(port), ...env });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited during start-up:\n${output()}`);
    try {
      const response = await fetch(`${url}/readyz`, { redirect: "manual" });
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`The server did not start within ${timeoutMs} ms:\n${output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    pid: child.pid!,
    child,
    output,
    async stop() {
      child.kill("SIGTERM");
      try {
        return await waitForExit(child, 15_000);
      } catch {
        child.kill("SIGKILL");
        return null;
      }
    },
  };
}
