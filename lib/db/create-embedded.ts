/**
 * A new embedded database folder, made by a short-lived child process.
 *
 * Creating a PGlite database (its initdb) grows PGlite's WebAssembly heap to
 * about 450 MB, and a process never gives WebAssembly memory back: a new
 * user's first start held about 780 MB where every later start, opening the
 * folder made, holds about 310 MB (issue 24). So the folder is made by a child
 * process that exits once it has, and this process opens it as any later start
 * would.
 *
 * The child writes into a folder of its own beside the database's; its entries
 * are then moved in with PG_VERSION last, so a start interrupted half-way
 * leaves a folder PGlite still sees as new.
 */
import "server-only";
import { execFile } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

/** What makes a folder a database: PostgreSQL writes it last when it creates one. */
const VERSION_FILE = "PG_VERSION";

/** Run with Node's -e, so it resolves PGlite from the project as the server does. */
const CREATE_SCRIPT = `
const { PGlite } = require("@electric-sql/pglite");
PGlite.create(process.argv[1])
  .then((db) => db.close())
  .catch((error) => {
    process.stderr.write(String(error && error.message));
    process.exit(1);
  });
`;

export function isNewEmbeddedFolder(folder: string): boolean {
  return !existsSync(path.join(folder, VERSION_FILE));
}

/** Makes the database in `folder` (which the caller holds locked) in a child process. */
export async function createEmbeddedInChild(folder: string): Promise<void> {
  const making = `${folder}.new-${process.pid}`;
  rmSync(making, { recursive: true, force: true });
  try {
    await promisify(execFile)(process.execPath, ["-e", CREATE_SCRIPT, making], {
      cwd: process.cwd(),
      timeout: 120_000,
    });
    const entries = readdirSync(making).sort((a, b) => Number(a === VERSION_FILE) - Number(b === VERSION_FILE));
    for (const entry of entries) {
      rmSync(path.join(folder, entry), { recursive: true, force: true });
      renameSync(path.join(making, entry), path.join(folder, entry));
    }
  } finally {
    rmSync(making, { recursive: true, force: true });
  }
}
