/**
 * A lock file that keeps a second process (or a second opener in this process)
 * away from the embedded database folder.
 *
 * PGlite has no lock of its own: two openers of one folder each keep their own
 * copy in memory and silently overwrite each other's writes. So the first opener
 * writes its PID and a random token here, and everyone else is refused with a
 * message saying what to do. A lock left by a process that has died is taken over.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";

export class EmbeddedDatabaseInUseError extends Error {
  constructor(folder: string, pid: number) {
    const who = pid === process.pid ? "this process" : `another process (PID ${pid})`;
    super(
      `The embedded database in ${folder} is already open in ${who}. ` +
        "Stop that process first, or set DATABASE_URL to use a PostgreSQL server, which several processes can share.",
    );
    this.name = "EmbeddedDatabaseInUseError";
  }
}

type LockContents = { pid: number; token: string };

export type EmbeddedLock = { file: string; token: string; release(): void };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(file: string): LockContents | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<LockContents>;
    if (typeof parsed.pid === "number" && typeof parsed.token === "string") return parsed as LockContents;
  } catch {
    // Missing, half-written or corrupt: treated as no valid lock below.
  }
  return undefined;
}

function tryCreate(file: string, contents: LockContents): boolean {
  try {
    const fd = openSync(file, "wx", 0o600);
    try {
      writeSync(fd, JSON.stringify(contents));
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** Takes the lock on `folder` or throws EmbeddedDatabaseInUseError. */
export function acquireEmbeddedLock(folder: string): EmbeddedLock {
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, "rj-embedded.lock");
  const mine: LockContents = { pid: process.pid, token: randomBytes(16).toString("hex") };

  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (tryCreate(file, mine)) {
      return {
        file,
        token: mine.token,
        release() {
          if (readLock(file)?.token === mine.token) unlinkSync(file);
        },
      };
    }
    const holder = readLock(file);
    if (holder && holder.pid !== process.pid && !isAlive(holder.pid)) {
      // Left behind by a process that has died: remove and race for it again.
      try {
        unlinkSync(file);
      } catch {
        /* someone else removed it first */
      }
      continue;
    }
    if (!holder) {
      // Being written right now by another opener, or corrupt; give it a moment.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      if (readLock(file) === undefined) {
        try {
          unlinkSync(file);
        } catch {
          /* already gone */
        }
      }
      continue;
    }
    throw new EmbeddedDatabaseInUseError(folder, holder.pid);
  }
  const holder = readLock(file);
  throw new EmbeddedDatabaseInUseError(folder, holder?.pid ?? -1);
}
