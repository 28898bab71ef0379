import { AppError } from "@/lib/errors/app-error";
import { jest } from "@jest/globals";
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { columnsFor, EXPORT_COLUMNS } from "@/lib/admin/export/columns";
import { exportRequestSchema, EXPORT_MESSAGES, type ExportRequest } from "@/lib/admin/export/export-filters";
import { exportReferrals } from "@/lib/admin/export/export-referrals";
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { insertReferral } from "../support/referral-rows";
import { halfSignedIn, signedInStaff } from "../support/staff-fixtures";

const MINIMISED: ExportRequest = { from: undefined, to: undefined, status: [], mode: "minimised", reason: "" };
const FULL: ExportRequest = {
  from: undefined,
  to: undefined,
  status: [],
  mode: "full",
  reason: "Case review with the commissioner",
};

/** Runs an export into memory (tests only: the service itself never holds the whole file). */
async function exportText(backend: TestBackend, admin: AuthorisedStaff, request: ExportRequest) {
  const chunks: Uint8Array[] = [];
  const result = await exportReferrals(backend.db, admin, request, async (chunk) => void chunks.push(chunk), {
    ipAddress: "192.0.2.7",
  });
  // Decoded whole: a chunk may end inside a character.
  const text = Buffer.concat(chunks).toString("utf8");
  return { result, chunks, text, records: parse(text, { bom: true, relax_column_count: false }) as string[][] };
}

describe.each(BACKENDS)("the referral export on %s", (kind) => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let admin: AuthorisedStaff;
  let staff: AuthorisedStaff;

  beforeAll(async () => {
    backend = await openBackend(kind, `export_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
    admin = await signedInStaff(prisma, "ADMIN", "ada@provider.example");
    staff = await signedInStaff(prisma, "STAFF", "sam@provider.example");
  });
  afterAll(() => backend.cleanUp());
  beforeEach(() => backend.db.withSession((s) => s.exec("DELETE FROM referrals")));

  it("gives a header-only file with a byte-order mark when no referral matches, and audits it", async () => {
    const { text, records, result } = await exportText(backend, admin, MINIMISED);
    expect(text.startsWith("\uFEFFReference,Received,Status,")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(records).toEqual([columnsFor("minimised").map((c) => c.header)]);
    expect(result).toEqual({ rowCount: 0, rowsWritten: 0, completed: true });
  });

  it("keeps names, contact details and free text out of a minimised export, and puts them in a full one", async () => {
    await insertReferral(prisma, {
      fullName: "Wren Calloway",
      status: "CLOSED",
      closureReason: "completed",
      heardAbout: "police",
      answers: {
        "safe-contact": {
          phoneNumber: "0151 496 0000",
          emailAddress: "wren@example.com",
          safeWord: "bluebell",
          contactMethods: ["phone", "email"],
        },
        "what-happened": { description: "Broke the gate", reportedToPolice: "yes" },
      },
    });
    const minimised = await exportText(backend, admin, MINIMISED);
    expect(minimised.records).toHaveLength(2);
    const header = minimised.records[0]!;
    for (const personal of [
      "Full name",
      "Phone number",
      "Email address",
      "Postal address",
      "About what happened",
      "Word to say",
      "Assigned to",
    ])
      expect(header).not.toContain(personal);
    for (const value of ["Wren", "0151", "wren@example.com", "Broke the gate", "bluebell"])
      expect(minimised.text).not.toContain(value);
    const row = Object.fromEntries(header.map((h, i) => [h, minimised.records[1]![i]]));
    expect(row).toMatchObject({
      Status: "Closed",
      "Type of crime or harm": "Burglary",
      "Reported to the police": "Yes",
      "Closure reason": "Completed",
      "Heard about the service": "The police",
      "Ways to contact": "Phone call; Email",
    });

    const full = await exportText(backend, admin, FULL);
    const fullRow = Object.fromEntries(full.records[0]!.map((h, i) => [h, full.records[1]![i]]));
    expect(fullRow).toMatchObject({
      "Full name": "Wren Calloway",
      "Phone number": "0151 496 0000",
      "Email address": "wren@example.com",
      "About what happened": "Broke the gate",
      "Word to say": "bluebell",
    });
    expect(full.records[0]).toHaveLength(EXPORT_COLUMNS.length);
  });

  it("round-trips any text exactly, and no cell ever starts with a formula character unescaped", async () => {
    const awkward = fc
      .oneof(
        fc.string({ unit: "binary", maxLength: 60 }),
        fc
          .tuple(
            fc.constantFrom("=", "+", "-", "@", "\t", "\r", '"', ",", "\n", "'", " "),
            fc.string({ unit: "binary", maxLength: 30 }),
          )
          .map(([a, b]) => a + b),
      )
      .map((s) => s.replaceAll("\u0000", ""));
    await fc.assert(
      fc.asyncProperty(
        fc.array(awkward, { minLength: 4, maxLength: 4 }),
        async ([name, description, phone, safeWord]) => {
          await backend.db.withSession((s) => s.exec("DELETE FROM referrals"));
          await insertReferral(prisma, {
            fullName: name!.slice(0, 100),
            answers: { "what-happened": { description }, "safe-contact": { phoneNumber: phone, safeWord } },
          });
          const { records } = await exportText(backend, admin, FULL);
          const header = records[0]!;
          const row = records[1]!;
          const cell = (h: string) => row[header.indexOf(h)]!;
          const expected = (input: string) => (/^[=+\-@\t\r]/.test(input) ? `'${input}` : input);
          expect(cell("Full name")).toBe(expected(name!.slice(0, 100)));
          expect(cell("About what happened")).toBe(expected(description!));
          expect(cell("Phone number")).toBe(expected(phone!));
          expect(cell("Word to say")).toBe(expected(safeWord!));
          for (const value of row) expect(value).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
      { numRuns: kind === "postgres" ? 60 : 25 },
    );
  });

  it("filters by received date (UK days) and status", async () => {
    await insertReferral(prisma, { createdAt: new Date("2026-05-31T22:59:00Z"), status: "NEW" }); // 31 May, 23:59 BST
    const june = await insertReferral(prisma, { createdAt: new Date("2026-05-31T23:00:00Z"), status: "CLOSED" }); // 1 June, 00:00 BST
    const juneOpen = await insertReferral(prisma, {
      createdAt: new Date("2026-06-30T22:59:00Z"),
      status: "CONTACTING",
    });
    await insertReferral(prisma, { createdAt: new Date("2026-06-30T23:00:00Z"), status: "CLOSED" }); // 1 July
    const inJune = await exportText(backend, admin, { ...MINIMISED, from: "2026-06-01", to: "2026-06-30" });
    expect(inJune.records.slice(1).map((r) => r[0])).toEqual([june.reference, juneOpen.reference]);
    const closedInJune = await exportText(backend, admin, {
      ...MINIMISED,
      from: "2026-06-01",
      to: "2026-06-30",
      status: ["CLOSED"],
    });
    expect(closedInJune.records.slice(1).map((r) => r[0])).toEqual([june.reference]);
  });

  it("streams a large table in chunks, with CRLF record ends, and records who, what, why and how many in the audit trail", async () => {
    await backend.db.withSession((s) =>
      s.exec(`
      INSERT INTO referrals (id, reference, created_at, updated_at, consent_given_at, consent_version, answers, full_name, crime_type, idempotency_key)
      SELECT gen_random_uuid(), 'RJ-' || lpad(g::text, 9, '0'), now() - g * interval '1 minute', now(), now(), 'test',
        jsonb_build_object('what-happened', jsonb_build_object('description', repeat('x', 200)), 'safe-contact', jsonb_build_object('phoneNumber', '0151 496 ' || g)), 'Person ' || g, 'theft', lpad(to_hex(g), 64, '0')
      FROM generate_series(1, 12000) g`),
    );
    const chunks: Uint8Array[] = [];
    const result = await exportReferrals(backend.db, admin, FULL, async (chunk) => void chunks.push(chunk), {
      ipAddress: "192.0.2.7",
    });
    expect(result).toEqual({ rowCount: 12000, rowsWritten: 12000, completed: true });
    const text = Buffer.concat(chunks).toString("utf8");
    expect(text.length).toBeGreaterThan(12000 * 200);
    expect(chunks.length).toBeGreaterThan(10); // streamed, not one piece
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(256 * 1024); // never the whole file at once
    expect(text.split("\r\n")).toHaveLength(1 + 12000 + 1); // the header, every record, and nothing after the last CRLF
    expect(text.replaceAll("\r\n", "")).not.toContain("\n");
    const audit = await prisma.auditEvent.findFirst({
      where: { action: "export.referrals", actorId: admin.userId },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({
      ipAddress: "192.0.2.7",
      details: { mode: "full", reason: FULL.reason, rowCount: 12000, statuses: [], from: null, to: null },
    });
  });

  it("stops when the download is abandoned, keeping the audit row, and leaves the database usable", async () => {
    for (let i = 0; i < 5; i += 1) await insertReferral(prisma);
    let calls = 0;
    const result = await exportReferrals(backend.db, admin, MINIMISED, async () => {
      calls += 1;
      if (calls === 2) throw new Error("browser went away");
    });
    expect(result).toEqual({ rowCount: 5, rowsWritten: 0, completed: false });
    expect(
      await prisma.auditEvent.count({
        where: { action: "export.referrals", details: { path: ["rowCount"], equals: 5 } },
      }),
    ).toBe(1);
    expect(await prisma.referral.count()).toBe(5);
    // The connection it used is fine: the next export on it works.
    expect((await exportText(backend, admin, MINIMISED)).records).toHaveLength(1 + 5);
  });

  it("stops half-way through a large table when the download is abandoned, and the next export still works", async () => {
    await backend.db.withSession((s) =>
      s.exec(`
      INSERT INTO referrals (id, reference, created_at, updated_at, consent_given_at, consent_version, answers, full_name, crime_type, idempotency_key)
      SELECT gen_random_uuid(), 'RJ-' || lpad(g::text, 9, '0'), now() - g * interval '1 minute', now(), now(), 'test',
        jsonb_build_object('what-happened', jsonb_build_object('description', repeat('y', 300))), 'Person ' || g, 'theft', lpad(to_hex(g), 64, '0')
      FROM generate_series(1, 6000) g`),
    );
    let calls = 0;
    const result = await exportReferrals(backend.db, admin, FULL, async () => {
      calls += 1;
      if (calls === 4) throw new Error("browser went away");
    });
    expect(result.completed).toBe(false);
    expect(result.rowsWritten).toBeGreaterThan(0);
    expect(result.rowsWritten).toBeLessThan(6000);
    for (let i = 0; i < 3; i += 1) expect((await exportText(backend, admin, MINIMISED)).records).toHaveLength(1 + 6000);
  });

  it("refuses staff, half-signed-in administrators and anonymous callers, writing nothing", async () => {
    const before = await prisma.auditEvent.count();
    for (const who of [staff, halfSignedIn(admin), null]) {
      const write = jest.fn(async () => undefined);
      await expect(exportReferrals(backend.db, who as AuthorisedStaff, MINIMISED, write)).rejects.toBeInstanceOf(
        AppError,
      );
      expect(write).not.toHaveBeenCalled();
    }
    expect(await prisma.auditEvent.count()).toBe(before);
  });
});

describe("the export form's rules", () => {
  const parse = (input: Record<string, unknown>) =>
    exportRequestSchema.safeParse({ from: "", to: "", status: [], mode: "minimised", reason: "", ...input });
  const messages = (input: Record<string, unknown>) => {
    const result = parse(input);
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it("accepts an empty form as everything, minimised", () => {
    expect(parse({}).success).toBe(true);
  });

  it("explains every kind of bad input", () => {
    expect(messages({ from: "2026-02-30" })).toEqual([EXPORT_MESSAGES.from]);
    expect(messages({ to: "31/12/2026" })).toEqual([EXPORT_MESSAGES.to]);
    expect(messages({ from: "2026-12-01", to: "2026-11-01" })).toEqual([EXPORT_MESSAGES.order]);
    expect(messages({ status: ["OPEN"] })).toEqual([EXPORT_MESSAGES.status]);
    expect(messages({ mode: "everything" })).toEqual([EXPORT_MESSAGES.mode]);
    expect(messages({ mode: "full" })).toEqual([EXPORT_MESSAGES.reason]);
    expect(messages({ mode: "full", reason: "x".repeat(501) })).toEqual([EXPORT_MESSAGES.reasonTooLong]);
  });
});
