import { ukDay } from "@/lib/dates";
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { readCaseload } from "@/lib/workspace/caseload";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { insertReferral } from "../support/referral-rows";
import { signedInStaff } from "../support/staff-fixtures";

describe.each(BACKENDS)("the caseload (%s)", (kind) => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let admin: AuthorisedStaff;
  let caseworker: AuthorisedStaff;

  beforeAll(async () => {
    backend = await openBackend(kind, `caseload_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
    admin = await signedInStaff(prisma, "ADMIN", "ada@provider.example");
    caseworker = await signedInStaff(prisma, "STAFF", "casey@provider.example");
  }, 60_000);
  afterAll(() => backend.cleanUp());

  it("counts open cases, overdue and due-today next steps and late first contact per member of staff, with the oldest cases and their last activity", async () => {
    const now = new Date("2026-12-07T10:00:00Z");
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const mine = { assignedToId: caseworker.userId, status: "CONTACTING" as const };
    const old = await insertReferral(prisma, {
      ...mine,
      createdAt: new Date("2026-11-02T10:00:00Z"),
      nextStepDue: day("2026-12-01"),
      firstChosenAttemptAt: new Date("2026-11-03T10:00:00Z"),
    });
    await insertReferral(prisma, {
      ...mine,
      createdAt: new Date("2026-12-01T10:00:00Z"),
      nextStepDue: day(ukDay(now)),
      firstContactDueAt: new Date("2026-12-03T23:59:59Z"),
    });
    await insertReferral(prisma, {
      createdAt: new Date("2026-12-06T10:00:00Z"),
      nextStepDue: day("2026-12-08"),
      firstContactDueAt: new Date("2026-12-08T23:59:59Z"),
    });
    await insertReferral(prisma, {
      ...mine,
      status: "CLOSED",
      closureReason: "completed",
      createdAt: new Date("2026-10-01T10:00:00Z"),
    });
    await prisma.referralEvent.create({
      data: {
        referralId: old.id,
        actorId: caseworker.userId,
        type: "NOTE",
        text: "x",
        at: new Date("2026-12-04T09:00:00Z"),
      },
    });

    const { rows, oldest } = await readCaseload(prisma, admin, "attempt", now);
    expect(rows.find((r) => r.assigneeId === caseworker.userId)).toMatchObject({
      open: 2,
      overdue: 1,
      dueToday: 1,
      firstContactLate: 1,
      oldestDays: 35,
    });
    expect(rows.find((r) => r.assigneeId === null)).toMatchObject({
      name: "Nobody (New)",
      open: 1,
      overdue: 0,
      dueToday: 0,
      firstContactLate: 0,
      oldestDays: 1,
    });
    expect(rows.find((r) => r.assigneeId === admin.userId)).toMatchObject({ open: 0, oldestDays: null });
    expect(oldest.map((c) => c.id)[0]).toBe(old.id);
    expect(oldest[0]).toMatchObject({
      daysOpen: 35,
      lastActivity: new Date("2026-12-04T09:00:00Z"),
      assignee: expect.any(String),
    });
    expect(oldest).toHaveLength(3);
    await expect(readCaseload(prisma, caseworker, "attempt", now)).rejects.toMatchObject({ code: "forbidden" });
  });
});
