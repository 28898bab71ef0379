import { AppError } from "@/lib/errors/app-error";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { eraseOnRequest } from "@/lib/admin/erasure/erase-referral";
import { defaultRange, figuresRangeSchema, figuresRows, FIGURES_MESSAGES, readFigures } from "@/lib/admin/figures";
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { insertReferral } from "../support/referral-rows";
import { halfSignedIn, signedInStaff } from "../support/staff-fixtures";

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);
const count = (list: Array<{ label: string; count: number }>, label: string) =>
  list.find((c) => c.label === label)?.count;

describe.each(BACKENDS)("the figures on %s", (kind) => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let admin: AuthorisedStaff;

  beforeAll(async () => {
    backend = await openBackend(kind, `figures_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
    admin = await signedInStaff(prisma, "ADMIN", "ada@provider.example");
    // Five referrals in March 2026 and one in May; first contact after 10, 20, 30 and 40 hours; one still waiting.
    const march = at("2026-03-10T10:00:00Z");
    for (const [i, hours] of [10, 20, 30, 40, null].entries()) {
      await insertReferral(prisma, {
        createdAt: march,
        crimeType: i < 3 ? "burglary" : "hateCrime",
        heardAbout: i < 2 ? "police" : i === 2 ? "leaflet" : null,
        status: i < 2 ? "CLOSED" : "CONTACTING",
        closureReason: i === 0 ? "completed" : i === 1 ? "victimWithdrew" : null,
        closedAt: i < 2 ? at("2026-04-01T10:00:00Z") : null,
        firstContactAt: hours === null ? null : new Date(march.getTime() + hours * HOUR),
        // Tuesday 10 March, 10am: a chosen channel tried after 0, 1, 1, 2 working days; spoken to after 1 and 3 (Friday 13th).
        firstChosenAttemptAt: hours === null ? null : new Date(march.getTime() + hours * HOUR),
        firstSpokenAt: i === 2 ? at("2026-03-11T09:00:00Z") : i === 3 ? at("2026-03-13T16:00:00Z") : null,
      });
    }
    // Saturday 2 May; Monday 4 May is a bank holiday, so the 5th is the first working day.
    const may = await insertReferral(prisma, {
      createdAt: at("2026-05-02T10:00:00Z"),
      crimeType: "theft",
      heardAbout: "online",
      firstContactAt: at("2026-05-03T10:00:00Z"),
      firstChosenAttemptAt: at("2026-05-05T10:00:00Z"),
      firstSpokenAt: at("2026-05-05T10:00:00Z"),
    });
    // Erased on request: it still counts, by the month it arrived.
    await eraseOnRequest(prisma, admin, { referralId: may.id, confirmReference: may.reference, reason: "test" });
    // Outside the range.
    await insertReferral(prisma, { createdAt: at("2025-12-31T10:00:00Z"), crimeType: "fraud" });
  });
  afterAll(() => backend.cleanUp());

  it("counts per month, status, type, how they heard and closure reason, including erased referrals", async () => {
    const figures = await readFigures(prisma, admin, { from: "2026-01-01", to: "2026-06-30" });
    expect(figures.total).toBe(6);
    expect(figures.perMonth.map((m) => [m.label, m.count])).toEqual([
      ["January 2026", 0],
      ["February 2026", 0],
      ["March 2026", 5],
      ["April 2026", 0],
      ["May 2026", 1],
      ["June 2026", 0],
    ]);
    expect(count(figures.byStatus, "Closed")).toBe(2);
    expect(count(figures.byStatus, "Contacting")).toBe(3);
    expect(count(figures.byStatus, "New")).toBe(1);
    expect(count(figures.byCrimeType, "Burglary")).toBe(3);
    expect(count(figures.byCrimeType, "Hate crime")).toBe(2);
    expect(count(figures.byCrimeType, "Theft")).toBe(1);
    expect(count(figures.byCrimeType, "Fraud or a scam")).toBe(0);
    expect(count(figures.byHeardAbout, "The police")).toBe(2);
    expect(count(figures.byHeardAbout, "An internet search, website or social media")).toBe(1);
    expect(count(figures.byHeardAbout, "Not answered")).toBe(2);
    expect(count(figures.closureReasons, "Completed")).toBe(1);
    expect(count(figures.closureReasons, "Victim withdrew")).toBe(1);
    // Hours to first contact: 10, 20, 24 (erased), 30, 40 → median 24, 90th percentile 36.
    expect(figures.firstContact).toEqual({ contacted: 5, waiting: 1, medianHours: 24, p90Hours: 36 });
    // Working days, the erased one kept as it was measured: attempts 0, 1, 1, 1 (erased), 2; spoken 1, 1 (erased), 3.
    expect(figures.workingDays.attempt).toEqual({ measured: 5, waiting: 1, median: 1, p90: expect.closeTo(1.6, 5) });
    expect(figures.workingDays.spoken).toEqual({ measured: 3, waiting: 3, median: 1, p90: expect.closeTo(2.6, 5) });
    expect(figuresRows(figures)).toContainEqual(["First spoken to", "Median, working days", "1"]);
  });

  it("narrows to the range asked for, and offers the same numbers as CSV rows", async () => {
    const march = await readFigures(prisma, admin, { from: "2026-03-01", to: "2026-03-31" });
    expect(march.total).toBe(5);
    expect(march.firstContact.medianHours).toBe(25);
    const rows = figuresRows(march);
    expect(rows[0]).toEqual(["Section", "What", "Value"]);
    expect(rows).toContainEqual(["Referrals per month", "March 2026", "5"]);
    expect(rows).toContainEqual(["Time to first contact", "Median, hours", "25"]);
  });

  it("refuses staff, half-signed-in administrators and anonymous callers", async () => {
    const staff = await signedInStaff(prisma, "STAFF", `sam.${kind}@provider.example`);
    for (const who of [staff, halfSignedIn(admin), null]) {
      await expect(readFigures(prisma, who as AuthorisedStaff, defaultRange())).rejects.toBeInstanceOf(AppError);
    }
  });
});

describe("the figures' date range", () => {
  it("defaults to the last twelve months and explains bad dates", () => {
    expect(defaultRange(new Date("2026-11-26T12:00:00Z"))).toEqual({ from: "2025-12-01", to: "2026-11-26" });
    const bad = figuresRangeSchema.safeParse({ from: "2026-13-01", to: "2026-01-01" });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.message)).toEqual([FIGURES_MESSAGES.from]);
    const backwards = figuresRangeSchema.safeParse({ from: "2026-05-01", to: "2026-01-01" });
    expect(backwards.success ? [] : backwards.error.issues.map((i) => i.message)).toEqual([FIGURES_MESSAGES.order]);
  });
});
