/**
 * A PostgreSQL server of a test's own (initdb into a temporary folder, on a
 * free port), for drills that restart the database: the shared server on
 * 5432 serves every other test at the same time and must not be touched.
 * As root, the server runs as the `postgres` user, which PostgreSQL requires.
 */
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { chownSync, existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { freePort } from "./server";
import { tempFolder } from "./temp";

function binaries(): string {
  const root = "/usr/lib/postgresql";
  const version = existsSync(root) ? readdirSync(root).sort().at(-1) : undefined;
  if (!version) throw new Error("PostgreSQL's programs were not found under /usr/lib/postgresql");
  return path.join(root, version, "bin");
}

export type PrivatePostgres = { url: string; restart(): Promise<void>; stop(): void };

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = binaries();
  const folder = tempFolder("pg");
  const data = path.join(folder, "data");
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(folder, uid, gid);
  }
  const run = (program: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", path.join(bin, program), ...args], {
          stdio: "pipe",
          timeout: 60_000,
        })
      : execFileSync(path.join(bin, program), args, { stdio: "pipe", timeout: 60_000 });

  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`;
  run("pg_ctl", ["-D", data, "-o", options, "-l", path.join(folder, "log"), "-w", "start"]);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    /** A fast restart: every connection is cut, and the server is back a moment later. The test's own requests carry on meanwhile. */
    async restart() {
      const args = ["-D", data, "-o", options, "-l", path.join(folder, "log"), "-m", "fast", "-w", "restart"];
      const program = path.join(bin, "pg_ctl");
      await promisify(execFile)(
        asRoot ? "runuser" : program,
        asRoot ? ["-u", "postgres", "--", program, ...args] : args,
        { timeout: 60_000 },
      );
    },
    stop() {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
