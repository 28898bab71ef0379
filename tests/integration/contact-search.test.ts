import { readFileSync } from "node:fs";
import path from "node:path";
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { contactColumns } from "@/lib/referrals/contact-columns";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { insertReferral } from "../support/referral-rows";

const BACKFILL = readFileSync(
  path.join("prisma", "migrations", "20261128010000_contact_search", "migration.sql"),
  "utf8",
)
  .split(";")
  .find((statement) => statement.includes('UPDATE "referrals"'))!;

describe.each(BACKENDS)("contact details for subject-access search on %s", (kind) => {
  let backend: TestBackend;
  let prisma: PrismaClient;

  beforeAll(async () => {
    backend = await openBackend(kind, `contact_search_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
  });
  afterAll(() => backend.cleanUp());

  it("are filled for referrals made before the migration exactly as for new ones", async () => {
    const samples = [
      { emailAddress: " Wren@Example.COM ", phoneNumber: "+44 (0)151 496 0000", mobileNumber: "07700-900-123" },
      { emailAddress: "", phoneNumber: "0044 7700 900123", mobileNumber: "07700 900123" },
      { emailAddress: "sam@example.org", phoneNumber: "", mobileNumber: "" },
    ];
    const ids: string[] = [];
    for (const safeContact of samples) {
      const { id } = await insertReferral(prisma, { answers: { "safe-contact": safeContact } });
      // As a referral stored before the columns existed.
      await prisma.referral.update({ where: { id }, data: { contactEmail: null, contactPhones: [] } });
      ids.push(id);
    }
    await backend.db.withSession((s) => s.exec(BACKFILL));
    for (const [i, id] of ids.entries()) {
      const row = await prisma.referral.findUniqueOrThrow({
        where: { id },
        select: { contactEmail: true, contactPhones: true },
      });
      const expected = contactColumns(samples[i]!);
      expect({ ...row, contactPhones: [...row.contactPhones].sort() }).toEqual({
        ...expected,
        contactPhones: [...expected.contactPhones].sort(),
      });
    }
  });
});
