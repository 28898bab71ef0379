import { AppError } from "@/lib/errors/app-error";
import { createStaffUser } from "@/lib/auth/accounts";
import { authorise, type AuthorisedStaff } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record";
import { migrate } from "@/lib/db/migrate";
import { AUDIT_PAGE_SIZE, listAudit } from "@/lib/workspace/audit-log";
import { openBackend, type TestBackend } from "../support/backends";

describe("the audit trail for administrators", () => {
  let backend: TestBackend;
  let admin: AuthorisedStaff;
  let staff: AuthorisedStaff;

  beforeAll(async () => {
    backend = await openBackend("postgres", "audit_log");
    await backend.db.withSession((s) => migrate(s));
    const prisma = backend.db.prisma;
    const a = await createStaffUser(prisma, { email: "admin@provider.example", name: "Admin", role: "ADMIN" });
    const s = await createStaffUser(prisma, { email: "staff@provider.example", name: "Staff", role: "STAFF" });
    admin = authorise({ sessionHash: "x", userId: a.userId, email: "admin@provider.example", name: "Admin", role: "ADMIN", secondFactorDone: true, totpEnrolled: true });
    staff = authorise({ ...admin, userId: s.userId, email: "staff@provider.example", name: "Staff", role: "STAFF" });
    for (let i = 0; i < 60; i += 1) await recordAudit(prisma, { action: i % 2 ? "sign-in.failed" : "sign-in.succeeded", actorId: s.userId, ipAddress: "192.0.2.1" });
  });
  afterAll(() => backend.cleanUp());

  it("refuses anyone who is not an administrator", async () => {
    await expect(listAudit(backend.db.prisma, staff, {})).rejects.toBeInstanceOf(AppError);
  });

  it("lists newest first, filters, pages, and records that it was read", async () => {
    const prisma = backend.db.prisma;
    const first = await listAudit(prisma, admin, { actorId: staff.userId });
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.rows[0]!.actor).toBe("Staff");
    const ids = first.rows.map((r) => BigInt(r.id));
    expect([...ids].sort((a, b) => (a > b ? -1 : 1))).toEqual(ids);
    const second = await listAudit(prisma, admin, { actorId: staff.userId, before: BigInt(first.nextBefore!) });
    // All 60 of their sign-ins, across two pages (account.created was recorded with no actor: a command made it).
    expect(second.rows.length + first.rows.length).toBe(60);
    expect(second.nextBefore).toBeUndefined();
    const failed = await listAudit(prisma, admin, { action: "sign-in.failed" });
    expect(failed.rows.every((r) => r.action === "sign-in.failed")).toBe(true);
    expect(failed.rows).toHaveLength(30);
    expect(await prisma.auditEvent.count({ where: { action: "audit.viewed", actorId: admin.userId } })).toBe(3);
  });
});
