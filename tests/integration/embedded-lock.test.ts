import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openDatabase } from "@/lib/db";
import { EmbeddedDatabaseInUseError } from "@/lib/db/embedded-lock";
import { tempFolder } from "../support/backends";

const TSX = path.resolve("node_modules/.bin/tsx");

function openInAnotherProcess(dataDir: string) {
  const script = `
    import { openDatabase } from "@/lib/db";
    openDatabase({ databaseUrl: undefined, dataDir: ${JSON.stringify(dataDir)} })
      .then(async (db) => { await db.prisma.referralDraft.count().catch(() => 0); console.log("OPENED"); await db.close(); })
      .catch((error) => { console.log(error.name + ": " + error.message); process.exit(3); });`;
  return spawnSync(TSX, ["--conditions=react-server", "--eval", script], { encoding: "utf8", timeout: 60_000 });
}

describe("the embedded database folder", () => {
  it("refuses a second opener in the same process with a clear message", async () => {
    const dataDir = tempFolder("lock_same");
    const first = await openDatabase({ databaseUrl: undefined, dataDir });
    try {
      await expect(openDatabase({ databaseUrl: undefined, dataDir })).rejects.toThrow(EmbeddedDatabaseInUseError);
      await expect(openDatabase({ databaseUrl: undefined, dataDir })).rejects.toThrow(/already open in this process/);
    } finally {
      await first.close();
    }
    // Once closed, it can be opened again.
    const again = await openDatabase({ databaseUrl: undefined, dataDir });
    await again.close();
  });

  it("refuses another process while it is open, and lets it in after close", async () => {
    const dataDir = tempFolder("lock_other");
    const first = await openDatabase({ databaseUrl: undefined, dataDir });
    let refused;
    try {
      refused = openInAnotherProcess(dataDir);
    } finally {
      await first.close();
    }
    expect(refused.status).toBe(3);
    expect(refused.stdout).toContain(
      `EmbeddedDatabaseInUseError: The embedded database in ${path.join(dataDir, "pglite")} is already open in another process (PID ${process.pid})`,
    );
    expect(refused.stdout).toContain("set DATABASE_URL");

    const allowed = openInAnotherProcess(dataDir);
    expect(allowed.stdout).toContain("OPENED");
  }, 120_000);

  it("takes over a lock left by a process that no longer exists", async () => {
    const dataDir = tempFolder("lock_stale");
    const folder = path.join(dataDir, "pglite");
    const first = await openDatabase({ databaseUrl: undefined, dataDir });
    await first.close();
    // A dead process's lock: PID 2^22 + 1 is above Linux's maximum PID.
    const lock = path.join(folder, "rj-embedded.lock");
    writeFileSync(lock, JSON.stringify({ pid: 4194305, token: "stale" }));
    const db = await openDatabase({ databaseUrl: undefined, dataDir });
    try {
      // The lock is now this process's, not the dead one's…
      expect(JSON.parse(readFileSync(lock, "utf8"))).toMatchObject({ pid: process.pid });
      expect(JSON.parse(readFileSync(lock, "utf8")).token).not.toBe("stale");
    } finally {
      await db.close();
    }
    // …and closing gives it up.
    expect(existsSync(lock)).toBe(false);
  });
});
