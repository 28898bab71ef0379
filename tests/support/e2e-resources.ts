/** What most end-to-end files share: one Chromium, and a connection to the e2e server's database. */
import pg from "pg";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";

export type E2eResources = { browser: Browser; db: pg.Client };

export async function openE2eResources(): Promise<E2eResources> {
  const browser = await launchBrowser();
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  return { browser, db };
}

export async function closeE2eResources(resources: Partial<E2eResources>): Promise<void> {
  await resources.browser?.close();
  await resources.db?.end();
}
