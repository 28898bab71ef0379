import { migrate, readMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db";
import { compareShapes, shapeFromDatabase, shapeFromSchema } from "../support/schema-drift";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { createTestDatabase } from "../support/postgres";

describe.each(BACKENDS)("migrations on %s", (kind) => {
  let backend: TestBackend;
  beforeAll(async () => {
    backend = await openBackend(kind, `migrations_${kind}`);
  });
  afterAll(() => backend.cleanUp());

  it("apply every migration to an empty database and record them as Prisma does", async () => {
    const result = await backend.db.withSession((s) => migrate(s));
    const names = readMigrations().map((m) => m.name);
    expect(result.applied).toEqual(names);
    const rows = await backend.db.withSession((s) =>
      s.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
        'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
      ),
    );
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    expect(rows.map((r) => r.checksum)).toEqual(readMigrations().map((m) => m.checksum));
    for (const row of rows) {
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("do nothing the second time", async () => {
    const result = await backend.db.withSession((s) => migrate(s));
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied).toHaveLength(readMigrations().length);
  });

  it("leave a database that matches schema.prisma", async () => {
    const expected = await shapeFromSchema();
    const actual = await backend.db.withSession((s) => shapeFromDatabase(s));
    expect(compareShapes(expected, actual)).toEqual([]);
    expect(actual.columns.size).toBeGreaterThan(0);
  });

  it("notice drift between the database and schema.prisma", async () => {
    const schema = await shapeFromSchema();
    await backend.db.withSession((s) =>
      s.exec('ALTER TABLE "referral_drafts" ALTER COLUMN "expires_at" DROP NOT NULL'),
    );
    try {
      const drifted = await backend.db.withSession((s) => shapeFromDatabase(s));
      expect(compareShapes(schema, drifted)).toEqual([
        expect.stringContaining("column referral_drafts.expires_at differs"),
      ]);
    } finally {
      await backend.db.withSession((s) =>
        s.exec('ALTER TABLE "referral_drafts" ALTER COLUMN "expires_at" SET NOT NULL'),
      );
    }
    // A schema that gained a column the migrations never created is drift too.
    const { readFileSync } = await import("node:fs");
    const changed = readFileSync("prisma/schema.prisma", "utf8").replace(
      "expiresAt DateTime",
      "note String?\n  expiresAt DateTime",
    );
    const actual = await backend.db.withSession((s) => shapeFromDatabase(s));
    expect(compareShapes(await shapeFromSchema(changed), actual)).toEqual([
      "column referral_drafts.note is in schema.prisma but not in the database",
    ]);
  });
});

describe("migrations started by two processes at once", () => {
  it("are applied exactly once", async () => {
    const database = await createTestDatabase("migrations_concurrent");
    const first = await openDatabase({ databaseUrl: database.url, dataDir: ".unused" });
    const second = await openDatabase({ databaseUrl: database.url, dataDir: ".unused" });
    try {
      const [a, b] = await Promise.all([first.withSession((s) => migrate(s)), second.withSession((s) => migrate(s))]);
      expect([...a.applied, ...b.applied].sort()).toEqual(readMigrations().map((m) => m.name));
      const count = await first.withSession((s) =>
        s.query<{ n: number }>('SELECT count(*)::int AS n FROM "_prisma_migrations"'),
      );
      expect(count[0]!.n).toBe(readMigrations().length);
    } finally {
      await first.close();
      await second.close();
      await database.drop();
    }
  });
});
