/**
 * `npm run db:seed`: fills an empty database (embedded, or DATABASE_URL) with
 * made-up referrals in every status and two demo accounts, an administrator
 * and a member of staff, so the workspace has something in it at once.
 * Each account gets a random password, printed here once; two-factor is set
 * up at first sign-in as usual. Refused in production, and where it has been
 * run before (the demo accounts exist). A referral sent while trying the
 * service first is no obstacle: the demo ones are added beside it.
 */
import { randomBytes } from "node:crypto";
import { completeSetup, createStaffUser } from "@/lib/auth/accounts";
import { closeDatabase, getDatabase } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { seedDemoReferrals } from "@/lib/demo/demo-referrals";
import { seedRestorativeWork } from "@/lib/demo/demo-restorative";
import { env } from "@/lib/env";

async function main(): Promise<number> {
  const settings = env();
  if (settings.nodeEnv === "production") {
    console.error("Not seeding: NODE_ENV is production. Demo data never goes into a live service.");
    return 2;
  }
  const db = await getDatabase();
  try {
    await db.withSession((session) => migrate(session));
    if (await db.prisma.staffUser.count({ where: { email: { in: ["admin@demo.example", "staff@demo.example"] } } })) {
      console.error(`Not seeding: ${db.location} already has the demo accounts (db:seed has been run on it before).`);
      return 1;
    }
    const accounts = [] as Array<{ email: string; password: string; id: string; role: "ADMIN" | "STAFF" }>;
    for (const [email, name, role] of [
      ["admin@demo.example", "Ada Admin (demo)", "ADMIN"],
      ["staff@demo.example", "Sam Staff (demo)", "STAFF"],
    ] as const) {
      const { userId, setupToken } = await createStaffUser(db.prisma, { email, name, role });
      const password = `demo ${randomBytes(9).toString("base64url")}`;
      await completeSetup(db.prisma, { token: setupToken, password, confirm: password });
      accounts.push({ email, password, id: userId, role });
    }
    const count = await seedDemoReferrals(db.prisma, { adminId: accounts[0]!.id, staffId: accounts[1]!.id });
    await seedRestorativeWork(db.prisma, accounts[0]!.id);
    console.log(`Seeded ${db.location} with ${count} made-up referrals and two demo accounts.`);
    console.log(`Sign in at ${settings.appUrl}/staff/sign-in (set up two-factor at first sign-in):`);
    for (const account of accounts)
      console.log(
        `  ${account.role === "ADMIN" ? "administrator" : "member of staff"}: ${account.email}  password: ${account.password}`,
      );
    return 0;
  } finally {
    await closeDatabase();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Cannot seed: ${error instanceof Error ? error.message : "unknown error"}`);
    process.exit(1);
  },
);
