import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** A new empty folder under the system's temporary folder. */
export function tempFolder(label: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `rj-${label}-`));
}
