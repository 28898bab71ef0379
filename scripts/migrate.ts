/** `npm run db:migrate`: applies pending migrations and exits. */
import { env, SettingsError } from "@/lib/env";
import { closeDatabase, getDatabase } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";

async function main(): Promise<void> {
  const settings = env();
  const db = await getDatabase();
  try {
    const result = await db.withSession((session) => migrate(session));
    console.log(
      result.applied.length
        ? `Applied ${result.applied.length} migration(s) to ${db.location}: ${result.applied.join(", ")}`
        : `No pending migrations for ${db.location}.`,
    );
    void settings;
  } finally {
    await closeDatabase();
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof SettingsError || error instanceof Error ? `Cannot migrate: ${error.message}` : "Cannot migrate.",
  );
  process.exit(1);
});
