import { generate } from "otplib";
import { completeSetup, createStaffUser, findSetupUser, issueSetupToken } from "@/lib/auth/accounts";
import { endAllSessions, endSession, readSession } from "@/lib/auth/sessions";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { authorise } from "@/lib/auth/policy";
import { SIGN_IN_RULES, type SignInRules } from "@/lib/auth/sign-in-limits";
import { AppError, messageFor } from "@/lib/errors/app-error";
import { beginEnrolment, confirmEnrolment, issueRecoveryCodes, verifySecondFactor } from "@/lib/auth/two-factor";
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { movableClock } from "../support/clock";

/** A service's result, or the AppError it refused with (as a value, to compare). */
const outcomeOf = <R>(work: Promise<R>): Promise<R | AppError> =>
  work.catch((error: unknown) => {
    if (error instanceof AppError) return error;
    throw error;
  });

const LIMITS = { idleMinutes: 30, absoluteHours: 12 };
const PASSWORD = "a long and unusual passphrase";
const IP = "192.0.2.10";
const codeAt = (secret: string, when: Date) => generate({ secret, epoch: Math.floor(when.getTime() / 1000) });

async function auditActions(prisma: PrismaClient, actorId: string): Promise<string[]> {
  return (await prisma.auditEvent.findMany({ where: { actorId }, orderBy: { id: "asc" } })).map((e) => e.action);
}

describe.each(BACKENDS)("staff sign-in on %s", (kind) => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let counter = 0;
  const email = () => `staff${++counter}@provider.example`;

  beforeAll(async () => {
    backend = await openBackend(kind, `auth_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
  });
  afterAll(() => backend.cleanUp());

  async function readyAccount(address = email()) {
    const { userId, setupToken } = await createStaffUser(prisma, { email: address, name: "Jo Bloggs", role: "STAFF" });
    expect(await completeSetup(prisma, { token: setupToken, password: PASSWORD, confirm: PASSWORD })).toEqual({
      ok: true,
      userId,
    });
    return { userId, email: address };
  }

  it("sets a password once through the setup link, refusing weak passwords and used or expired links", async () => {
    const address = email();
    const { setupToken, userId } = await createStaffUser(prisma, {
      email: ` ${address.toUpperCase()} `,
      name: "Jo Bloggs",
      role: "ADMIN",
    });
    expect((await prisma.staffUser.findUniqueOrThrow({ where: { id: userId } })).email).toBe(address);
    await expect(
      completeSetup(prisma, { token: setupToken, password: "qwerty123456", confirm: "qwerty123456" }),
    ).rejects.toMatchObject({ code: "password.common", field: "password" });
    await expect(
      completeSetup(prisma, { token: setupToken, password: PASSWORD, confirm: "different" }),
    ).rejects.toMatchObject({ code: "setup.passwords-differ", field: "confirm" });
    expect(await completeSetup(prisma, { token: setupToken, password: PASSWORD, confirm: PASSWORD })).toEqual({
      ok: true,
      userId,
    });
    await expect(
      completeSetup(prisma, { token: setupToken, password: PASSWORD, confirm: PASSWORD }),
    ).rejects.toMatchObject({ code: "setup.link-invalid", status: 410 });
    const stored = await prisma.staffUser.findUniqueOrThrow({ where: { id: userId } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);

    const later = new Date(Date.now() + 25 * 3600_000);
    const fresh = await issueSetupToken(prisma, userId);
    expect(await findSetupUser(prisma, fresh, later)).toBeNull();
    await expect(createStaffUser(prisma, { email: address, name: "Again", role: "STAFF" })).rejects.toThrow(
      "already an account",
    );
  });

  it("signs in with password, enrols an authenticator at first sign-in, and then needs a code each time", async () => {
    const { userId, email: address } = await readyAccount();
    const first = await signInWithPassword(prisma, { email: address, password: PASSWORD, ipAddress: IP }, LIMITS);
    expect(first.next).toBe("enrol");
    const half = (await readSession(prisma, first.sessionToken, LIMITS))!;
    expect(half).toMatchObject({ userId, secondFactorDone: false, totpEnrolled: false });

    const { secret, uri, qrSvg } = await beginEnrolment(prisma, half);
    expect(uri).toContain(secret);
    expect(qrSvg).toContain("<svg");
    const now = new Date();
    await expect(confirmEnrolment(prisma, half, "000000", IP, now)).rejects.toMatchObject({
      code: "two-factor.enrol-failed",
    });
    const confirmed = await confirmEnrolment(prisma, half, await codeAt(secret, now), IP, now);
    // Signing in is finished under a new token; the password step's token is worth nothing now.
    const full = (await readSession(prisma, confirmed.sessionToken, LIMITS))!;
    expect(full.secondFactorDone).toBe(true);
    expect(await readSession(prisma, first.sessionToken, LIMITS)).toBeNull();
    // Recovery codes need the finished session: the half-signed-in one cannot even ask.
    expect(() => authorise(half)).toThrow(AppError);
    const enrolled = { recoveryCodes: await issueRecoveryCodes(prisma, authorise(full), IP) };
    expect(enrolled.recoveryCodes).toHaveLength(10);

    // Next time: password, then a code — and the same code cannot be used twice.
    const second = await signInWithPassword(prisma, { email: address, password: PASSWORD, ipAddress: IP }, LIMITS);
    expect(second.next).toBe("code");
    const pending = (await readSession(prisma, second.sessionToken, LIMITS))!;
    const later = new Date(now.getTime() + 60_000);
    const code = await codeAt(secret, later);
    const renewed = await verifySecondFactor(prisma, pending, code, IP, later);
    expect(renewed).toEqual(expect.any(String));
    expect(renewed).not.toBe(second.sessionToken);
    expect(await readSession(prisma, second.sessionToken, LIMITS)).toBeNull();
    expect((await readSession(prisma, renewed!, LIMITS))!.secondFactorDone).toBe(true);
    const third = await signInWithPassword(prisma, { email: address, password: PASSWORD, ipAddress: IP }, LIMITS);
    expect(
      await verifySecondFactor(prisma, (await readSession(prisma, third.sessionToken, LIMITS))!, code, IP, later),
    ).toBeNull();

    // A recovery code works once.
    expect(
      await verifySecondFactor(
        prisma,
        (await readSession(prisma, third.sessionToken, LIMITS))!,
        enrolled.recoveryCodes[0]!,
        IP,
        later,
      ),
    ).toEqual(expect.any(String));
    const fourth = await signInWithPassword(prisma, { email: address, password: PASSWORD, ipAddress: IP }, LIMITS);
    expect(
      await verifySecondFactor(
        prisma,
        (await readSession(prisma, fourth.sessionToken, LIMITS))!,
        enrolled.recoveryCodes[0]!,
        IP,
        later,
      ),
    ).toBeNull();

    expect(await auditActions(prisma, userId)).toEqual(
      expect.arrayContaining([
        "account.password-set",
        "sign-in.password-ok",
        "two-factor.enrolled",
        "sign-in.succeeded",
        "sign-in.second-factor-failed",
      ]),
    );
  });

  it("gives the same message for an unknown account, a wrong password and a disabled account", async () => {
    const { userId, email: address } = await readyAccount();
    const unknown = await outcomeOf(
      signInWithPassword(prisma, { email: "nobody@provider.example", password: PASSWORD, ipAddress: IP }, LIMITS),
    );
    const wrong = await outcomeOf(
      signInWithPassword(prisma, { email: address, password: "not the password", ipAddress: IP }, LIMITS),
    );
    await prisma.staffUser.update({ where: { id: userId }, data: { disabledAt: new Date() } });
    const disabled = await outcomeOf(
      signInWithPassword(prisma, { email: address, password: PASSWORD, ipAddress: IP }, LIMITS),
    );
    for (const result of [unknown, wrong, disabled])
      expect(result).toMatchObject({
        code: "sign-in.failed",
        field: "email",
        userMessage: "Enter a correct email address and password",
      });
    expect(
      await prisma.auditEvent.count({ where: { action: "sign-in.failed", ipAddress: IP } }),
    ).toBeGreaterThanOrEqual(3);
  });

  /** Small limits with a fresh name each time, so tests do not share counters. */
  let ruleSet = 0;
  function rules(
    changes: Partial<Record<keyof SignInRules, { points: number; windowSeconds?: number }>> = {},
  ): SignInRules {
    ruleSet += 1;
    const make = (key: keyof SignInRules) => ({
      ...SIGN_IN_RULES[key],
      ...changes[key],
      name: `${SIGN_IN_RULES[key].name}-${kind}-${ruleSet}`,
    });
    return { pair: make("pair"), pairDaily: make("pairDaily"), address: make("address"), alert: make("alert") };
  }
  const attempt = (
    address: string,
    password: string,
    ipAddress: string,
    ruleSet: SignInRules,
    onRepeatedFailures?: (id: string) => Promise<void>,
  ) =>
    outcomeOf(
      signInWithPassword(prisma, { email: address, password, ipAddress }, LIMITS, new Date(), {
        rules: ruleSet,
        onRepeatedFailures,
      }),
    );

  it("slows guessing at one address without locking the person out anywhere else", async () => {
    const { email: address } = await readyAccount();
    const limits = rules();
    for (let i = 0; i < 20; i += 1) await attempt(address, "wrong password!", "198.51.100.7", limits);
    // The guesser's address is held back, even with the right password…
    expect(await attempt(address, PASSWORD, "198.51.100.7", limits)).toMatchObject({
      code: "sign-in.throttled",
      userMessage: messageFor("sign-in.throttled", { wait: "15 minutes" }),
    });
    // …while the person, at their own address, signs in as usual.
    expect(await attempt(address, PASSWORD, "203.0.113.9", limits)).toMatchObject({ ok: true });
    expect(
      await prisma.auditEvent.count({ where: { action: "sign-in.throttled", ipAddress: "198.51.100.7" } }),
    ).toBeGreaterThan(0);
  });

  it("counts every one of many guesses sent at once", async () => {
    const { email: address } = await readyAccount();
    const limits = rules();
    const burst = await Promise.all(
      Array.from({ length: 12 }, () => attempt(address, "wrong password!", "198.51.100.9", limits)),
    );
    expect(burst.filter((r) => r instanceof AppError && r.code === "sign-in.failed")).toHaveLength(
      SIGN_IN_RULES.pair.points,
    );
  });

  it("slows one address trying many accounts, and lets it try again when the window ends", async () => {
    const limits = rules({ address: { points: 3, windowSeconds: 2 } });
    for (let i = 0; i < 3; i += 1) await attempt(email(), "wrong password!", "198.51.100.20", limits);
    const { email: address } = await readyAccount();
    expect(await attempt(address, PASSWORD, "198.51.100.20", limits)).toMatchObject({ code: "sign-in.throttled" });
    const clock = movableClock();
    try {
      clock.advance(2100);
      expect(await attempt(address, PASSWORD, "198.51.100.20", limits)).toMatchObject({ ok: true });
    } finally {
      clock.restore();
    }
  });

  it("a right password forgets the failures before it at that address", async () => {
    const { email: address } = await readyAccount();
    const limits = rules();
    for (let round = 0; round < 3; round += 1) {
      for (let i = 0; i < SIGN_IN_RULES.pair.points - 1; i += 1) await attempt(address, "wrong password!", IP, limits);
      expect(await attempt(address, PASSWORD, IP, limits)).toMatchObject({ ok: true });
    }
  });

  it("tells the person once when their account sees repeated failures from anywhere", async () => {
    const { userId, email: address } = await readyAccount();
    const limits = rules({ alert: { points: 3 } });
    const told: string[] = [];
    for (let i = 0; i < 6; i += 1)
      await attempt(address, "wrong password!", `198.51.100.${100 + i}`, limits, async (id) => void told.push(id));
    expect(told).toEqual([userId]);
    // Attempts held back at one address count too: twenty from one place tell the person once.
    const { userId: other, email: otherAddress } = await readyAccount();
    const heldBack = rules({ alert: { points: 9 } });
    for (let i = 0; i < 20; i += 1)
      await attempt(otherAddress, "wrong password!", "198.51.100.120", heldBack, async (id) => void told.push(id));
    expect(told).toEqual([userId, other]);
    told.splice(0);
    told.push(userId);
    // An unknown account has nobody to tell.
    for (let i = 0; i < 6; i += 1)
      await attempt(
        "nobody@provider.example",
        "wrong password!",
        `198.51.100.${110 + i}`,
        limits,
        async (id) => void told.push(id),
      );
    expect(told).toEqual([userId]);
  });

  it("ends sessions when idle, at the absolute limit, on sign-out, and when the account is disabled", async () => {
    const { userId, email: address } = await readyAccount();
    const start = new Date();
    const signIn = async (when: Date) => {
      const result = await signInWithPassword(
        prisma,
        { email: address, password: PASSWORD, ipAddress: IP },
        LIMITS,
        when,
      );
      return result.sessionToken;
    };
    const idle = await signIn(start);
    expect(await readSession(prisma, idle, LIMITS, new Date(start.getTime() + 29 * 60_000))).not.toBeNull();
    expect(await readSession(prisma, idle, LIMITS, new Date(start.getTime() + 58 * 60_000))).not.toBeNull();
    expect(await readSession(prisma, idle, LIMITS, new Date(start.getTime() + 89 * 60_000))).toBeNull();

    const busy = await signIn(start);
    // Active every 25 minutes: alive until the 12-hour absolute limit, then gone.
    let t = start.getTime();
    const checks: boolean[] = [];
    for (let i = 0; i < 30; i += 1) {
      t += 25 * 60_000;
      const alive = await readSession(prisma, busy, LIMITS, new Date(t));
      checks.push(alive !== null);
      if (t - start.getTime() < 12 * 3600_000) expect(alive).not.toBeNull();
      else expect(alive).toBeNull();
    }
    expect(checks.filter((alive) => !alive).length).toBeGreaterThan(0);

    const out = await signIn(start);
    await endSession(prisma, out);
    expect(await readSession(prisma, out, LIMITS, start)).toBeNull();

    const a = await signIn(start);
    const b = await signIn(start);
    await prisma.staffUser.update({ where: { id: userId }, data: { disabledAt: new Date() } });
    expect(await readSession(prisma, a, LIMITS, start)).toBeNull();
    await endAllSessions(prisma, userId);
    expect(await prisma.staffSession.count({ where: { userId } })).toBe(0);
    void b;
  });
});
