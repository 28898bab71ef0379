/**
 * A new embedded database folder is made by a child process (lib/db/create-embedded.ts):
 * PGlite's initdb grows its WebAssembly heap to about 450 MB, which the process
 * that ran it keeps.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openDatabase } from "@/lib/db";
import { tempFolder } from "../support/backends";

const MB = 1024 * 1024;

describe("a new embedded database folder", () => {
  it("is made outside this process, which then holds only what opening it costs", async () => {
    const dataDir = tempFolder("create_child");
    const before = process.memoryUsage().external;
    const db = await openDatabase({ databaseUrl: undefined, dataDir });
    try {
      // Opening a made folder adds about 150 MB of WebAssembly memory; making it here, about 450 MB.
      expect((process.memoryUsage().external - before) / MB).toBeLessThan(300);
      expect(await db.withSession((session) => session.query("SELECT 1 AS one"))).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
    expect(existsSync(path.join(dataDir, "pglite", "PG_VERSION"))).toBe(true);
    // The child's own folder is gone.
    expect(readdirSync(dataDir)).toEqual(["pglite"]);
  }, 120_000);

  it("is made again when a start stopped half-way, before PG_VERSION was moved in", async () => {
    const dataDir = tempFolder("create_again");
    const folder = path.join(dataDir, "pglite");
    mkdirSync(path.join(folder, "base"), { recursive: true });
    writeFileSync(path.join(folder, "base", "left-over"), "");
    writeFileSync(path.join(folder, "postgresql.conf"), "# half moved\n");
    const db = await openDatabase({ databaseUrl: undefined, dataDir });
    try {
      await db.withSession((session) => session.exec("CREATE TABLE kept (id int); INSERT INTO kept VALUES (1)"));
    } finally {
      await db.close();
    }
    expect(existsSync(path.join(folder, "base", "left-over"))).toBe(false);
    const reopened = await openDatabase({ databaseUrl: undefined, dataDir });
    try {
      expect(await reopened.withSession((session) => session.query("SELECT id FROM kept"))).toEqual([{ id: 1 }]);
    } finally {
      await reopened.close();
    }
  }, 120_000);
});
