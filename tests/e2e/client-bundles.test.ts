/**
 * What the production build sends to browsers: never the breached-password
 * list (415 kB, server only), never a server module's code or a setting's name.
 * Searches every script under .next/static, which is all a browser can fetch.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { assertBuilt } from "../support/server";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith(".js") ? [full] : [];
  });
}

describe("client bundles", () => {
  beforeAll(() => assertBuilt());

  it("hold no breached passwords and no server code", () => {
    const scripts = files(path.join(".next", "static"));
    expect(scripts.length).toBeGreaterThan(5);
    // The list ships compressed: look for the start of its compressed text, as the package has it.
    const packaged = readFileSync(
      path.join("node_modules", "@zxcvbn-ts", "language-common", "dist", "passwords.json.mjs"),
      "utf8",
    );
    const compressed = /decompress\("([^"]{60})/.exec(packaged)?.[1];
    expect(compressed).toBeDefined();
    const breached = [compressed!];
    const serverMarkers = [
      "DATABASE_URL",
      "SMTP_URL",
      "pg_advisory_lock",
      "argon2id",
      "pgboss.job",
      "RateLimiterPostgres",
      "x-rj-client-address",
    ];
    const found: string[] = [];
    for (const file of scripts) {
      const text = readFileSync(file, "utf8");
      for (const marker of [...breached, ...serverMarkers]) {
        if (text.includes(marker)) found.push(`${path.relative(".next", file)}: ${marker}`);
      }
    }
    expect(found).toEqual([]);
  });
});
