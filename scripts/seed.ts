/**
 * `npm run db:seed`: fills an empty database (embedded, or DATABASE_URL) with
 * made-up referrals in every status (and closed cases at each point of the
 * survey after a case, its emails queued) and two demo accounts, an administrator
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
import { seedSurveyCases } from "@/lib/demo/demo-surveys";
import { seedReachRequests } from "@/lib/demo/demo-reach";
import { startQueue } from "@/lib/background-jobs";
import { queueSurveyAsks } from "@/lib/survey/survey-asks";
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
    const surveyCases = await seedSurveyCases(db.prisma, accounts[1]!.id);
    // The emails due now wait in the queue: the service's worker sends them when it starts.
    const boss = await startQueue(db);
    const { asked, reach } = await (async () => ({
      reach: await seedReachRequests(db),
      asked: await queueSurveyAsks(db.prisma, boss, settings),
    }))().finally(() => boss.stop({ graceful: false }));
    console.log(`Seeded ${db.location} with ${count + surveyCases + reach} made-up referrals and two demo accounts.`);
    console.log(
      `${asked.invitations + asked.reminders} survey emails are queued (only where email was safe); they are sent when the service starts${
        settings.smtpUrl ? "" : `, into ${settings.dataDir}/mail/`
      }.`,
    );
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
