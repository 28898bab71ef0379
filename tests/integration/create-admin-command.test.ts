import { spawnSync } from "node:child_process";
import path from "node:path";
import { openDatabase } from "@/lib/db";
import { findSetupUser } from "@/lib/auth/accounts";
import { createTestDatabase } from "../support/postgres";

const TSX = path.resolve("node_modules/.bin/tsx");

function createAdmin(databaseUrl: string, ...args: string[]) {
  return spawnSync(TSX, ["--conditions=react-server", "scripts/create-admin.ts", ...args], {
    encoding: "utf8",
    timeout: 60_000,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      NODE_ENV: "development",
      DATABASE_URL: databaseUrl,
      APP_URL: "https://refer.example.org",
      LOG_LEVEL: "warn",
    },
  });
}

describe("npm run staff:create-admin", () => {
  it("creates an administrator and prints a one-time setup link, with no password anywhere", async () => {
    const database = await createTestDatabase("create_admin");
    try {
      const made = createAdmin(database.url, "--email", "Ada@Provider.example", "--name", "Ada Admin");
      expect(made.status).toBe(0);
      const link = /https:\/\/refer\.example\.org\/staff\/setup\/([\w-]{43})$/m.exec(made.stdout);
      expect(link).not.toBeNull();

      const db = await openDatabase({ databaseUrl: database.url, dataDir: ".unused" });
      try {
        const user = await findSetupUser(db.prisma, link![1]!);
        expect(user).toMatchObject({
          email: "ada@provider.example",
          name: "Ada Admin",
          role: "ADMIN",
          passwordHash: null,
        });
        expect(await db.prisma.auditEvent.count({ where: { action: "account.created" } })).toBe(1);
      } finally {
        await db.close();
      }

      const again = createAdmin(database.url, "--email", "ada@provider.example", "--name", "Ada");
      expect(again.status).toBe(1);
      expect(again.stderr.trim()).toBe(
        "Cannot create the administrator: There is already an account with this email address.",
      );
      const usage = createAdmin(database.url);
      expect(usage.status).toBe(2);
      expect(usage.stderr).toContain("Usage: npm run staff:create-admin");
    } finally {
      await database.drop();
    }
  }, 120_000);
});
