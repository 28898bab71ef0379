import { checkPostgresReachable } from "../support/postgres";

/** Fail fast, with one clear message, when the PostgreSQL server is not there. */
export default async function globalSetup(): Promise<void> {
  await checkPostgresReachable();
}
