/**
 * Starts, once for all end-to-end tests: a neutral "exit" site on 127.0.0.1
 * (standing in for BBC Weather, which this closed network cannot reach), a
 * throwaway PostgreSQL database, and the production build of the service.
 */
import http from "node:http";
import { writeFileSync, mkdirSync } from "node:fs";
import { freePort, startServer } from "../support/server";
import { createTestDatabase } from "../support/postgres";
import { tempFolder } from "../support/temp";

export const STATE_FILE = "test-results/e2e-state.json";

export default async function globalSetup(): Promise<void> {
  const neutralPort = await freePort();
  const neutral = http.createServer((request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(
      `<!doctype html><html lang="en"><head><title>Weather</title></head><body><h1>Weather for ${request.url}</h1></body></html>`,
    );
  });
  await new Promise<void>((resolve) => neutral.listen(neutralPort, "127.0.0.1", resolve));
  const neutralUrl = `http://127.0.0.1:${neutralPort}`;

  const database = await createTestDatabase("e2e");
  const dataDir = tempFolder("e2e");
  const server = await startServer({
    NODE_ENV: "production",
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    PROVIDER_EMAIL: "provider@provider.example",
    MAIL_FROM: "Support service <no-reply@service.example>",
    APP_URL: "http://127.0.0.1",
    EXIT_URL: `${neutralUrl}/weather`,
    LOG_LEVEL: "warn",
    LANGUAGES: "ar,pl,pt",
  });

  process.env.E2E_BASE_URL = server.url;
  process.env.E2E_NEUTRAL_URL = neutralUrl;
  process.env.E2E_DATABASE_URL = database.url;
  process.env.E2E_DATA_DIR = dataDir;
  mkdirSync("test-results", { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify({ pid: server.pid, database: database.name }));
  const g = globalThis as typeof globalThis & { __e2e?: unknown };
  g.__e2e = { server, neutral, database, dataDir };
}
