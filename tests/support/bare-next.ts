/**
 * The framework's floor: a bare Next.js app (no components of ours) built with
 * this project's own Next.js, React and Prisma, in a temporary folder, and
 * served by `next start`. The JavaScript budget compares with its "Hello"
 * page; with `database`, the benchmarks also get (tests/support/bare-next-pages.ts):
 * - `/send`: a form whose server action does one Prisma INSERT and redirects (303 without JavaScript);
 * - `/question`: a force-dynamic page that reads a cookie, of about a question page's size.
 * node_modules is copied as hard links (quick, no extra disk) where it can be;
 * Turbopack will not compile through a symlinked node_modules outside the app's folder.
 */
import { execFileSync, spawn } from "node:child_process";
import { writeFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { BARE_TABLE, benchFiles } from "./bare-next-pages";
import { freePort, NODE } from "./server";
import { tempFolder } from "./temp";

export type BareNext = { url: string; pid: number; stop(): void };

export type BareNextOptions = {
  /** A PostgreSQL database for `/send`'s INSERT (its table is made by the caller: BARE_TABLE). */
  database?: { url: string; answers: unknown };
};

export { BARE_TABLE };

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

export async function startBareNext(options: BareNextOptions = {}): Promise<BareNext> {
  const dir = tempFolder("bare-next");
  write(dir, {
    "package.json": JSON.stringify({ name: "bare-next", private: true }),
    // A lockfile marks this folder as the workspace root.
    "package-lock.json": JSON.stringify({ lockfileVersion: 3, packages: {} }),
    // The same external packages as the service's own build, for the database.
    "next.config.js":
      'module.exports = { serverExternalPackages: ["@prisma/adapter-pg", "pg"], typescript: { ignoreBuildErrors: true } };\n',
    "app/layout.js":
      'export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n',
    "app/page.js": "export default function Page() { return <main><h1>Hello</h1></main>; }\n",
    ...(options.database ? benchFiles(options.database.answers) : {}),
  });
  try {
    execFileSync("cp", ["-al", path.resolve("node_modules"), path.join(dir, "node_modules")], { stdio: "pipe" });
  } catch {
    // Hard links cannot cross file systems: copy instead (slower).
    rmSync(path.join(dir, "node_modules"), { recursive: true, force: true });
    execFileSync("cp", ["-a", "--reflink=auto", path.resolve("node_modules"), path.join(dir, "node_modules")]);
  }
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
    ...(options.database ? { DATABASE_URL: options.database.url } : {}),
  };
  if (options.database) {
    // Its own client, generated as the service's is (no schema engine needed).
    execFileSync(NODE, [path.join(dir, "node_modules", "prisma", "build", "index.js"), "generate"], {
      cwd: dir,
      env: { ...env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false" },
      stdio: "pipe",
    });
  }
  const next = path.join(dir, "node_modules", "next", "dist", "bin", "next");
  execFileSync(NODE, [next, "build"], { cwd: dir, env, stdio: "pipe" });
  const port = await freePort();
  const child = spawn(NODE, [next, "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: dir, env, stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (tries > 120) throw new Error("The bare Next.js app did not start");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    pid: child.pid!,
    stop() {
      child.kill("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
