/**
 * The comparison page of the JavaScript budget: a bare Next.js app (one page
 * saying "Hello", no components of ours) built with this project's own
 * Next.js and React, in a temporary folder, and served by `next start`.
 * node_modules is copied as hard links (quick, no extra disk) where it can be;
 * Turbopack will not compile through a symlinked node_modules outside the app's folder.
 */
import { execFileSync, spawn } from "node:child_process";
import { writeFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { freePort, NODE } from "./server";
import { tempFolder } from "./temp";

export type BareNext = { url: string; stop(): void };

export async function startBareNext(): Promise<BareNext> {
  const dir = tempFolder("bare-next");
  mkdirSync(path.join(dir, "app"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bare-next", private: true }));
  // A lockfile marks this folder as the workspace root.
  writeFileSync(path.join(dir, "package-lock.json"), JSON.stringify({ lockfileVersion: 3, packages: {} }));
  writeFileSync(path.join(dir, "next.config.js"), "module.exports = {};\n");
  writeFileSync(
    path.join(dir, "app", "layout.js"),
    'export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n',
  );
  writeFileSync(
    path.join(dir, "app", "page.js"),
    "export default function Page() { return <main><h1>Hello</h1></main>; }\n",
  );
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
  };
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
    stop() {
      child.kill("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
