import { AppError } from "@/lib/errors/app-error";
import { createStaffUser } from "@/lib/auth/accounts";
import { authorise, type AuthorisedStaff } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record";
import { migrate } from "@/lib/db/migrate";
import { AUDIT_PAGE_SIZE, listAudit } from "@/lib/workspace/audit-log";
import { openBackend, type TestBackend } from "../support/backends";
import { insertReferral } from "../support/referral-rows";
import { eraseOnRequest } from "@/lib/admin/erasure/erase-referral";
import { exportReferrals } from "@/lib/admin/export/export-referrals";
import { changeRole } from "@/lib/admin/staff-accounts";

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
    admin = authorise({
      sessionHash: "x",
      userId: a.userId,
      email: "admin@provider.example",
      name: "Admin",
      role: "ADMIN",
      secondFactorDone: true,
      totpEnrolled: true,
    });
    staff = authorise({ ...admin, userId: s.userId, email: "staff@provider.example", name: "Staff", role: "STAFF" });
    for (let i = 0; i < 60; i += 1)
      await recordAudit(prisma, {
        action: i % 2 ? "sign-in.failed" : "sign-in.succeeded",
        actorId: s.userId,
        ipAddress: "192.0.2.1",
      });
  });
  afterAll(() => backend.cleanUp());

  it("refuses anyone who is not an administrator", async () => {
    await expect(listAudit(backend.db.prisma, staff, {})).rejects.toBeInstanceOf(AppError);
  });

  it("lists newest first, filters, pages, and records that it was read", async () => {
    const prisma = backend.db.prisma;
    const first = await listAudit(prisma, admin, { actorId: staff.userId });
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.rows[0]!.actor).toBe("Staff (staff@provider.example)"); // name and email: two people with one name are told apart
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

  it("says why, in plain words: a full export's reason, filters and count; a role change; an erasure's reason", async () => {
    const prisma = backend.db.prisma;
    await insertReferral(prisma);
    await exportReferrals(
      backend.db,
      admin,
      { from: "2026-01-01", to: undefined, status: ["NEW"], mode: "full", reason: "Case review with the commissioner" },
      async () => undefined,
      { ipAddress: "::ffff:192.0.2.9" },
    );
    await changeRole(prisma, admin, { userId: staff.userId, role: "ADMIN", ipAddress: "192.0.2.9" });
    const doomed = await insertReferral(prisma);
    await recordAudit(prisma, { action: "referral.viewed", actorId: staff.userId, referralId: doomed.id });
    await eraseOnRequest(prisma, admin, {
      referralId: doomed.id,
      confirmReference: doomed.reference,
      reason: "The person asked by letter",
    });

    const { rows } = await listAudit(prisma, admin, {});
    const row = (action: string) => rows.find((r) => r.action === action)!;
    expect(row("export.referrals")).toMatchObject({
      details: "Full export of 1 referral, received from 2026-01-01, New. Reason: “Case review with the commissioner”",
      ipAddress: "192.0.2.9", // not ::ffff:192.0.2.9
    });
    expect(row("account.role-changed").details).toBe("Staff (staff@provider.example): Staff to Administrator");
    expect(row("referral.erased")).toMatchObject({
      details: "Erased on request. Reason: “The person asked by letter”",
      reference: `${doomed.reference} (erased)`,
    });

    // The erased referral's reference still finds its entries: the view before and the erasure itself.
    const byReference = await listAudit(prisma, admin, { reference: doomed.reference });
    expect(byReference.rows.map((r) => [r.action, r.reference])).toEqual([
      ["referral.erased", `${doomed.reference} (erased)`],
      ["referral.viewed", `${doomed.reference} (erased)`],
    ]);
    expect((await listAudit(prisma, admin, { reference: "RJ-ZZZZ-ZZZZ" })).rows).toEqual([]);
    await changeRole(prisma, admin, { userId: staff.userId, role: "STAFF" });
  });
});
