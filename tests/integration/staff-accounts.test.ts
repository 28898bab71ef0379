import { AppError } from "@/lib/errors/app-error";
import { startQueue, startWorker, type RunningWorker } from "@/lib/background-jobs";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import type { PgBoss } from "pg-boss";
import { completeSetup } from "@/lib/auth/accounts";
import { completeSignIn, createSession, readSession } from "@/lib/auth/sessions";
import { authorise, type AuthorisedStaff } from "@/lib/auth/policy";
import { tokenHash } from "@/lib/auth/tokens";
import {
  changeRole,
  inviteStaff,
  listStaffAccounts,
  resendInvitation,
  resetTwoFactor,
  setAccountDisabled,
} from "@/lib/admin/staff-accounts";
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";

import { openBackend, type TestBackend } from "../support/backends";
import { halfSignedIn, signedInStaff } from "../support/staff-fixtures";
import { waitFor } from "../support/wait";
import { testWorkerSettings } from "../support/worker-settings";

const LIMITS = { idleMinutes: 30, absoluteHours: 12 };
const APP_URL = "https://refer.example.org";

describe("staff accounts, for administrators", () => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let boss: PgBoss;
  let worker: RunningWorker;
  let admin: AuthorisedStaff;
  let staff: AuthorisedStaff;

  beforeAll(async () => {
    backend = await openBackend("postgres", "staff_accounts");
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
    boss = await startQueue(backend.db);
    // The real worker, writing emails as files (no SMTP_URL), as on embedded defaults.
    worker = await startWorker(boss, backend.db, testWorkerSettings(backend.settings.dataDir, { appUrl: APP_URL }), {
      pollingIntervalSeconds: 0.5,
    });
    admin = await signedInStaff(prisma, "ADMIN", "ada@provider.example");
    staff = await signedInStaff(prisma, "STAFF", "sam@provider.example");
  });
  afterAll(async () => {
    await worker.stop();
    await boss.stop({ graceful: false, timeout: 1000 });
    await backend.cleanUp();
  });

  /** The setup links emailed to `to` so far, oldest first, once there are `count` of them. */
  const invitationLinks = (to: string, count: number) =>
    waitFor(
      async () => {
        const folder = path.join(backend.settings.dataDir, "mail");
        if (!existsSync(folder)) return undefined;
        const links: string[] = [];
        for (const file of readdirSync(folder).sort()) {
          const mail = await simpleParser(readFileSync(path.join(folder, file)));
          if (mail.subject === "Set up your account for the referral service" && JSON.stringify(mail.to).includes(to)) {
            links.push(/(https:\S+\/staff\/setup\/[\w-]+)/.exec(mail.text ?? "")![1]!);
          }
        }
        return links.length >= count ? links : undefined;
      },
      20_000,
      `${count} invitation(s) to ${to}`,
    );

  const queuedInvitations = () =>
    backend.db.withSession((s) =>
      s.query<{ data: unknown }>("SELECT data FROM pgboss.job WHERE name = 'send-staff-invitation'"),
    );

  it("invites someone by email with a one-time link that lets them set a password, and audits it", async () => {
    const result = await inviteStaff(prisma, boss, admin, {
      email: " New.Person@Provider.example ",
      name: "New Person",
      role: "STAFF",
      ipAddress: "192.0.2.9",
    });
    expect(result).toEqual({ userId: expect.any(String) });
    const link = (await invitationLinks("new.person@provider.example", 1))[0]!;
    expect(link).toMatch(new RegExp(`^${APP_URL}/staff/setup/[\\w-]{43}$`));
    // The link is made as the email is sent: the queue holds only the account's id.
    const queued = await queuedInvitations();
    expect(queued.map((job) => job.data)).toContainEqual({ userId: result.userId });
    expect(JSON.stringify(queued)).not.toContain(link.split("/").at(-1));
    const row = (await listStaffAccounts(prisma, admin)).find((r) => r.email === "new.person@provider.example")!;
    expect(row).toMatchObject({ state: "invited", role: "STAFF", lastSignInAt: null });
    const token = link.split("/").at(-1)!;
    expect(
      await completeSetup(prisma, {
        token,
        password: "violet harbour lantern 42",
        confirm: "violet harbour lantern 42",
      }),
    ).toMatchObject({ ok: true });
    await expect(
      completeSetup(prisma, { token, password: "violet harbour lantern 42", confirm: "violet harbour lantern 42" }),
    ).rejects.toMatchObject({ code: "setup.link-invalid" });
    expect((await listStaffAccounts(prisma, admin)).find((r) => r.id === result.userId)!.state).toBe("active");
    const audit = await prisma.auditEvent.findFirst({ where: { action: "account.created", actorId: admin.userId } });
    expect(audit).toMatchObject({ ipAddress: "192.0.2.9", details: { userId: result.userId, role: "STAFF" } });
  });

  it("says clearly when the email is taken or malformed, and queues no email", async () => {
    const before = (await queuedInvitations()).length;
    await expect(
      inviteStaff(prisma, boss, admin, { email: "sam@provider.example", name: "Sam Again", role: "STAFF" }),
    ).rejects.toMatchObject({
      code: "account.email-taken",
      field: "email",
      userMessage: "There is already an account with this email address",
    });
    await expect(
      inviteStaff(prisma, boss, admin, { email: "not-an-email", name: "X", role: "STAFF" }),
    ).rejects.toMatchObject({ code: "account.invalid-email", field: "email" });
    expect((await queuedInvitations()).length).toBe(before);
  });

  it("sends a new invitation that replaces the old link, but not to someone who has set a password", async () => {
    const invited = await inviteStaff(prisma, boss, admin, {
      email: "later@provider.example",
      name: "Later Person",
      role: "STAFF",
    });
    const [firstLink] = await invitationLinks("later@provider.example", 1);
    await resendInvitation(prisma, boss, admin, { userId: invited.userId, ipAddress: "192.0.2.9" });
    const secondLink = (await invitationLinks("later@provider.example", 2))[1]!;
    expect(secondLink).not.toBe(firstLink);
    const used = await prisma.staffSetupToken.findUnique({
      where: { tokenHash: tokenHash(firstLink!.split("/").at(-1)!) },
    });
    expect(used!.usedAt).not.toBeNull();
    expect(
      await completeSetup(prisma, {
        token: secondLink.split("/").at(-1)!,
        password: "violet harbour lantern 42",
        confirm: "violet harbour lantern 42",
      }),
    ).toMatchObject({ ok: true });
    await expect(resendInvitation(prisma, boss, admin, { userId: staff.userId })).rejects.toMatchObject({
      code: "account.already-set-up",
    });
  });

  it("records the last sign-in when both steps are done, under a new session token", async () => {
    const token = await createSession(prisma, staff.userId, LIMITS, undefined);
    const at = new Date();
    const renewed = await completeSignIn(prisma, tokenHash(token), at);
    expect((await listStaffAccounts(prisma, admin)).find((r) => r.id === staff.userId)!.lastSignInAt).toEqual(at);
    expect(renewed).not.toBe(token);
    expect(await readSession(prisma, token, LIMITS)).toBeNull();
    expect(await readSession(prisma, renewed, LIMITS)).toMatchObject({ userId: staff.userId, secondFactorDone: true });
  });

  it("disables an account, ending its sessions at once, and enables it again", async () => {
    const token = await createSession(prisma, staff.userId, LIMITS, undefined);
    expect(await readSession(prisma, token, LIMITS)).not.toBeNull();
    await setAccountDisabled(prisma, admin, { userId: staff.userId, disabled: true });
    expect(await prisma.staffSession.count({ where: { userId: staff.userId } })).toBe(0);
    expect(await readSession(prisma, token, LIMITS)).toBeNull();
    expect((await listStaffAccounts(prisma, admin)).find((r) => r.id === staff.userId)!.state).toBe("disabled");
    await setAccountDisabled(prisma, admin, { userId: staff.userId, disabled: false });
    expect((await listStaffAccounts(prisma, admin)).find((r) => r.id === staff.userId)!.state).toBe("active");
    expect(
      await prisma.auditEvent.count({
        where: { actorId: admin.userId, action: { in: ["account.disabled", "account.enabled"] } },
      }),
    ).toBe(2);
    await expect(setAccountDisabled(prisma, admin, { userId: admin.userId, disabled: true })).rejects.toMatchObject({
      code: "account.yourself",
    });
  });

  it("resets two-factor: the secret and recovery codes go, and so do their sessions", async () => {
    await prisma.staffUser.update({
      where: { id: staff.userId },
      data: { totpSecret: "SECRET", recoveryCodeHashes: ["a", "b"] },
    });
    await createSession(prisma, staff.userId, LIMITS, undefined);
    await resetTwoFactor(prisma, admin, { userId: staff.userId });
    const user = await prisma.staffUser.findUniqueOrThrow({ where: { id: staff.userId } });
    expect(user).toMatchObject({ totpSecret: null, totpEnabledAt: null, recoveryCodeHashes: [] });
    expect(await prisma.staffSession.count({ where: { userId: staff.userId } })).toBe(0);
    expect(
      await listStaffAccounts(prisma, admin).then((rows) => rows.find((r) => r.id === staff.userId)!.twoFactor),
    ).toBe(false);
  });

  it("never leaves the service without an administrator, even when two demote each other at once", async () => {
    await expect(changeRole(prisma, admin, { userId: admin.userId, role: "STAFF" })).rejects.toMatchObject({
      code: "account.last-admin",
      field: "role",
    });
    const second = await signedInStaff(prisma, "ADMIN", "bea@provider.example");
    const results = await Promise.allSettled([
      changeRole(prisma, admin, { userId: second.userId, role: "STAFF" }),
      changeRole(prisma, second, { userId: admin.userId, role: "STAFF" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason)).toEqual([
      expect.objectContaining({ code: "account.last-admin" }),
    ]);
    expect(await prisma.staffUser.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
    const remaining = (await prisma.staffUser.findFirstOrThrow({ where: { role: "ADMIN", disabledAt: null } })).id;
    const remainingAdmin = remaining === admin.userId ? admin : second;
    const other = remaining === admin.userId ? second : admin;
    // The last administrator cannot be disabled either; promoting someone else makes it possible.
    await changeRole(prisma, remainingAdmin, { userId: other.userId, role: "ADMIN" });
    const promoted = authorise({ ...other, role: "ADMIN" });
    await setAccountDisabled(prisma, promoted, { userId: remaining, disabled: true });
    await setAccountDisabled(prisma, promoted, { userId: remaining, disabled: false });
    expect(await prisma.staffUser.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(2);
  });

  it("refuses staff, half-signed-in administrators and anonymous callers, changing nothing", async () => {
    const before = await prisma.auditEvent.count();
    for (const who of [staff, halfSignedIn(admin), null]) {
      const caller = who as AuthorisedStaff;
      await expect(listStaffAccounts(prisma, caller)).rejects.toBeInstanceOf(AppError);
      await expect(
        inviteStaff(prisma, boss, caller, { email: "x@provider.example", name: "X", role: "ADMIN" }),
      ).rejects.toBeInstanceOf(AppError);
      await expect(changeRole(prisma, caller, { userId: staff.userId, role: "ADMIN" })).rejects.toBeInstanceOf(
        AppError,
      );
      await expect(setAccountDisabled(prisma, caller, { userId: admin.userId, disabled: true })).rejects.toBeInstanceOf(
        AppError,
      );
      await expect(resetTwoFactor(prisma, caller, { userId: admin.userId })).rejects.toBeInstanceOf(AppError);
      await expect(resendInvitation(prisma, boss, caller, { userId: admin.userId })).rejects.toBeInstanceOf(AppError);
    }
    expect(await prisma.auditEvent.count()).toBe(before);
    expect(await prisma.staffUser.count({ where: { email: "x@provider.example" } })).toBe(0);
  });
});
