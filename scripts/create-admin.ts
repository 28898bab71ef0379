/**
 * `npm run staff:create-admin -- --email <address> --name "<name>"`: creates an
 * administrator and prints a one-time link (valid 24 hours) to set their
 * password. There are no default passwords.
 */
import { parseArgs } from "node:util";
import { createStaffUser, SETUP_LINK_HOURS } from "@/lib/auth/accounts";
import { isAppError } from "@/lib/errors/app-error";
import { closeDatabase, getDatabase } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { env } from "@/lib/env";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  if (!values.email || !values.name) {
    console.error('Usage: npm run staff:create-admin -- --email <address> --name "<full name>"');
    return 2;
  }
  const settings = env();
  const db = await getDatabase();
  try {
    await db.withSession((session) => migrate(session));
    const { setupToken } = await createStaffUser(db.prisma, { email: values.email, name: values.name, role: "ADMIN" });
    console.log(
      `Administrator created. To set their password, open this link within ${SETUP_LINK_HOURS} hours (it works once):`,
    );
    console.log(`${settings.appUrl}/staff/setup/${setupToken}`);
    return 0;
  } catch (error) {
    if (isAppError(error)) {
      console.error(`Cannot create the administrator: ${error.userMessage}.`);
      return 1;
    }
    throw error;
  } finally {
    await closeDatabase();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Cannot create the administrator: ${error instanceof Error ? error.message : "unknown error"}`);
    process.exit(1);
  },
);
