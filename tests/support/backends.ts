/**
 * Integration tests run against both kinds of database the service supports:
 * the real PostgreSQL server, and embedded PGlite in a temporary folder.
 */
import { rmSync } from "node:fs";
import { openDatabase, type Database } from "@/lib/db";
import { createTestDatabase } from "./postgres";
import { tempFolder } from "./temp";

export type TestBackend = {
  db: Database;
  settings: { databaseUrl: string | undefined; dataDir: string };
  cleanUp(): Promise<void>;
};

export const BACKENDS = ["postgres", "embedded"] as const;
export type BackendName = (typeof BACKENDS)[number];

export { tempFolder };

export async function openBackend(kind: BackendName, label: string): Promise<TestBackend> {
  const dataDir = tempFolder(label);
  const server = kind === "postgres" ? await createTestDatabase(label) : undefined;
  const settings = { databaseUrl: server?.url, dataDir };
  const db = await openDatabase(settings);
  return {
    db,
    settings,
    async cleanUp() {
      await db.close();
      await server?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
