import { rmSync } from "node:fs";
import type { Server } from "node:http";
import type { RunningServer } from "../support/server";
import type { TestDatabase } from "../support/postgres";

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as typeof globalThis & {
    __e2e?: { server: RunningServer; neutral: Server; database: TestDatabase; dataDir: string };
  };
  if (!g.__e2e) return;
  const { server, neutral, database, dataDir } = g.__e2e;
  await server.stop();
  await new Promise((resolve) => neutral.close(resolve));
  await database.drop();
  rmSync(dataDir, { recursive: true, force: true });
}
