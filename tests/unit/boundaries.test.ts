/**
 * The layers stay visible: a module that reaches the database, the file
 * system, the queue, email, password hashing or the request's cookies says
 * so with `import "server-only"` (Next.js then refuses to build if a browser
 * bundle would include it). Client bundles themselves are searched in
 * tests/e2e/client-bundles.test.ts, after the build.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const SERVER_ONLY_IMPORTS = [
  /from "@\/lib\/db"/,
  /from "@\/lib\/db\//,
  /from "\.\/db\//,
  /generated\/prisma\/client"/,
  /from "node:fs"/,
  /from "pg-boss"/,
  /from "nodemailer"/,
  /from "@node-rs\/argon2"/,
  /from "next\/headers"/,
  /from "pg"/,
  /from "@electric-sql\/pglite"/,
  /from "@zxcvbn-ts\/language-common"/,
];

/** Run by the web server outside Next.js (scripts/serve.ts), where `server-only` cannot be loaded; never in a page's bundle either. */
const HTTP_SERVER_MODULES = ["lib/env.ts", "lib/log.ts"];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated") return [];
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("boundaries", () => {
  it("every lib/ module that reaches the database, files, queue, email, hashing or cookies is server-only", () => {
    const missing = sources("lib")
      .filter((file) => !HTTP_SERVER_MODULES.includes(file) && !file.startsWith(path.join("lib", "server")))
      .filter((file) => {
        const text = readFileSync(file, "utf8");
        return SERVER_ONLY_IMPORTS.some((pattern) => pattern.test(text)) && !text.includes('import "server-only"');
      });
    expect(missing).toEqual([]);
  });

  it("the HTTP server's own modules import nothing server-only (it runs them outside Next.js)", () => {
    const serverFiles = [...HTTP_SERVER_MODULES, ...sources(path.join("lib", "server")), "scripts/serve.ts"];
    const offenders = serverFiles.filter((file) => readFileSync(file, "utf8").includes('import "server-only"'));
    expect(offenders).toEqual([]);
  });

  it("components and lib never import from app/", () => {
    const offenders = [...sources("components"), ...sources("lib")].filter((file) =>
      /from "(@\/app\/|\.\.\/.*app\/)/.test(readFileSync(file, "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
