import { existsSync, readdirSync, readFileSync } from "node:fs";
import { startQueue, startWorker, type RunningWorker } from "@/lib/background-jobs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import type { PgBoss } from "pg-boss";
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";

import {
  createPrivateCode,
  endPersonSession,
  openWithCode,
  openWithLink,
  readPersonSession,
  requestManageLink,
  SESSION_IDLE_MINUTES,
} from "@/lib/person/access";
import { changeContact, pauseRequest, personView, resumeRequest, withdrawRequest } from "@/lib/person/requests";
import { dueAt, ruleFor } from "@/lib/admin/erasure/retention";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { insertReferral } from "../support/referral-rows";
import { signedInStaff } from "../support/staff-fixtures";
import { waitFor } from "../support/wait";
import { testWorkerSettings } from "../support/worker-settings";
import { personSessionFor } from "../support/person-session";
import { ukDay } from "@/lib/dates";
import { pauseSchemaFor, withdrawSchema } from "@/lib/person/schemas";
import { firstErrors } from "@/lib/referrals/read-form";
import { safeContactSchema } from "@/lib/referrals/schema";
import type { z } from "zod";

/** The messages a form shows for these answers, as its action reads them with the schema. */
const formErrors = (schema: z.ZodType, values: Record<string, unknown>) => {
  const parsed = schema.safeParse(values);
  return parsed.success ? {} : firstErrors(parsed.error.issues);
};

const APP_URL = "https://refer.example.org";
const SAFE_CONTACT = {
  contactMethods: ["email"],
  emailAddress: "wren@example.com",
  emailConfirmation: false,
  safeTimes: "Evenings",
  messageSafe: "no",
  someoneElse: "notSure",
  safeWord: "bluebell",
};

describe.each(BACKENDS)("managing a request after sending it, on %s", (kind) => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let boss: PgBoss;
  let worker: RunningWorker;

  beforeAll(async () => {
    backend = await openBackend(kind, `manage_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
    boss = await startQueue(backend.db);
    worker = await startWorker(boss, backend.db, testWorkerSettings(backend.settings.dataDir, { appUrl: APP_URL }), {
      pollingIntervalSeconds: 0.5,
    });
  });
  afterAll(async () => {
    await worker.stop();
    await boss.stop({ graceful: false, timeout: 1000 });
    await backend.cleanUp();
  });

  /** Every email written so far (embedded defaults write them as files). */
  async function mails(): Promise<ParsedMail[]> {
    const folder = path.join(backend.settings.dataDir, "mail");
    if (!existsSync(folder)) return [];
    return Promise.all(
      readdirSync(folder)
        .sort()
        .map((file) => simpleParser(readFileSync(path.join(folder, file)))),
    );
  }
  const to = (mail: ParsedMail) => JSON.stringify(mail.to);

  async function referral(fields: Record<string, unknown> = {}) {
    return insertReferral(prisma, {
      answers: { "safe-contact": SAFE_CONTACT },
      contactEmail: "wren@example.com",
      ...fields,
    } as never);
  }

  it("emails a one-time link when the reference and email match, and answers the same when they do not", async () => {
    const { id, reference } = await referral();
    const provider = { providerEmail: "referrals@provider.example" };
    await requestManageLink(
      prisma,
      boss,
      { reference: reference.toLowerCase(), email: " Wren@Example.com " },
      provider,
    );
    await requestManageLink(prisma, boss, { reference, email: "someone.else@example.com" }, provider);
    await requestManageLink(prisma, boss, { reference: "RJ-ZZZZ-ZZZZ", email: "wren@example.com" }, provider);
    const link = await waitFor(
      async () => {
        const sent = (await mails()).filter((m) => to(m).includes("wren@example.com") && m.subject === "Your link");
        return sent.length ? /(https:\S+\/manage\/link\/[\w-]+)/.exec(sent[0]!.text ?? "")![1] : undefined;
      },
      20_000,
      "the link email",
    );
    // Only the matching request sent anything, to the address given, and discreetly.
    const all = await mails();
    expect(all.filter((m) => m.subject === "Your link")).toHaveLength(1);
    for (const mail of all) expect(`${mail.subject} ${mail.text}`).not.toMatch(/crime|offender|restorative|bluebell/i);
    const audits = await prisma.auditEvent.findMany({
      where: { action: "person.link-requested" },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => [a.referralId, a.details])).toEqual([
      [id, { matched: true, sent: true }],
      [null, { matched: false, sent: false }],
      [null, { matched: false, sent: false }],
    ]);

    // Once, and a session comes of it.
    const token = link!.split("/").at(-1)!;
    const first = await openWithLink(prisma, token);
    expect(first).toMatchObject({ referralId: id });
    await expect(openWithLink(prisma, token)).rejects.toMatchObject({ code: "manage.link-used" });
    await expect(openWithLink(prisma, "not-a-link")).rejects.toMatchObject({ code: "manage.link-unknown" });
    expect(await readPersonSession(prisma, first.sessionToken)).toEqual({
      referralId: id,
      key: expect.stringMatching(/^[0-9a-f]{64}$/),
      endsAt: expect.any(Date),
    });
    await endPersonSession(prisma, first.sessionToken);
    expect(await readPersonSession(prisma, first.sessionToken)).toBeNull();
  });

  it("refuses a link after 30 minutes, and a session idle for 15", async () => {
    const { id } = await referral();
    const { issuePersonLink } = await import("@/lib/person/person-links");
    const issued = new Date(Date.now() - 31 * 60_000);
    const token = await prisma.$transaction((tx) => issuePersonLink(tx, id, issued));
    await expect(openWithLink(prisma, token)).rejects.toMatchObject({ code: "manage.link-expired" });
    const fresh = await prisma.$transaction((tx) => issuePersonLink(tx, id));
    const opened = await openWithLink(prisma, fresh);
    const later = new Date(Date.now() + (SESSION_IDLE_MINUTES + 1) * 60_000);
    expect(await readPersonSession(prisma, opened.sessionToken, later)).toBeNull();
  });

  it("opens with the reference and a private code shown once; a wrong code or reference gets the same answer", async () => {
    const { id, reference } = await referral({
      answers: {
        "safe-contact": {
          ...SAFE_CONTACT,
          contactMethods: ["letter"],
          emailAddress: undefined,
          postalAddress: "1 Road",
        },
      },
      contactEmail: null,
    });
    const code = await createPrivateCode(prisma, id);
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect((await prisma.referral.findUniqueOrThrow({ where: { id } })).privateCodeHash).not.toContain(code);
    expect(await openWithCode(prisma, { reference, code: code.toLowerCase().replaceAll("-", " ") })).toMatchObject({
      referralId: id,
    });
    const wrong = { code: "manage.code-wrong", field: "code" };
    await expect(openWithCode(prisma, { reference, code: "AAAA-AAAA-AAAA" })).rejects.toMatchObject(wrong);
    await expect(openWithCode(prisma, { reference: "RJ-ZZZZ-ZZZZ", code })).rejects.toMatchObject(wrong);
    // A referral with no code cannot be opened with any.
    const other = await referral();
    await expect(openWithCode(prisma, { reference: other.reference, code: "" })).rejects.toMatchObject(wrong);
  });

  it("changes how to contact them: checked as in the journey, old details in the timeline, staff told without the details", async () => {
    const admin = await signedInStaff(prisma, "ADMIN", `ada-${kind}@provider.example`);
    const { id } = await referral({ assignedToId: admin.userId });
    // The form is checked as in the journey, before the service sees it (app/(public)/manage/actions.ts).
    expect(
      formErrors(safeContactSchema, {
        contactMethods: ["phone"],
        phoneNumber: "",
        messageSafe: "yes",
        someoneElse: "no",
      }),
    ).toEqual({ phoneNumber: expect.any(String) });
    const result = await changeContact(
      prisma,
      boss,
      await personSessionFor(prisma, id),
      safeContactSchema.parse({
        contactMethods: ["phone"],
        phoneNumber: "0151 496 0123",
        safeTimes: "Mornings",
        messageSafe: "yes",
        someoneElse: "no",
        safeWord: "",
      }),
    );
    expect(result).toEqual({ ok: true });
    const row = await prisma.referral.findUniqueOrThrow({ where: { id }, include: { events: true } });
    const safeContact = (row.answers as Record<string, Record<string, unknown>>)["safe-contact"]!;
    expect(safeContact).toMatchObject({ contactMethods: ["phone"], phoneNumber: "0151 496 0123" });
    expect(safeContact).not.toHaveProperty("emailAddress"); // least data: the way they no longer chose is dropped
    expect(row).toMatchObject({
      contactEmail: null,
      contactPhones: ["01514960123"],
      contactChangedAt: expect.any(Date),
    });
    const event = row.events.find((e) => e.type === "CHANGED_BY_PERSON")!;
    expect(event).toMatchObject({ actorId: null });
    expect(event.text).toContain("Email address: wren@example.com");
    const notice = await waitFor(
      async () =>
        (await mails()).find(
          (m) =>
            m.subject?.includes(": contact details changed by the person") &&
            to(m).includes(`ada-${kind}@provider.example`),
        ),
      20_000,
      "the staff notice",
    );
    expect(notice!.text).toContain(`${APP_URL}/staff/referrals/${id}`);
    expect(notice!.text).not.toMatch(/0151|Mornings|wren/);
    expect(
      await prisma.auditEvent.count({ where: { action: "person.contact-changed", referralId: id, actorId: null } }),
    ).toBe(1);
  });

  it("pauses until a date up to 6 months ahead, moving the first-contact due date on, and resumes", async () => {
    const due = new Date(Date.now() + 2 * 86_400_000);
    const { id } = await referral({ firstContactDueAt: due });
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const boxes = (isoDay: string) => {
      const [year, month, day] = isoDay.split("-");
      return { untilDay: String(Number(day)), untilMonth: String(Number(month)), untilYear: year, reason: "" };
    };
    const pauseForm = pauseSchemaFor(() => ukDay(new Date()));
    expect(formErrors(pauseForm, boxes(inDays(200)))).toEqual({
      untilDay: expect.stringMatching(/^The date must be no later than \d+ \w+ \d{4} \(6 months from today\)$/),
    });
    expect(formErrors(pauseForm, boxes(inDays(0)))).toEqual({ untilDay: "The date must be after today" });
    expect(pauseForm.parse({ ...boxes(inDays(30)), reason: "Moving house" })).toEqual({
      until: inDays(30),
      reason: "Moving house",
    });
    expect(
      await pauseRequest(
        prisma,
        boss,
        await personSessionFor(prisma, id),
        pauseForm.parse({ ...boxes(inDays(30)), reason: "Moving house" }),
      ),
    ).toEqual({ ok: true });
    const paused = await prisma.referral.findUniqueOrThrow({ where: { id } });
    expect(paused.pausedUntil!.getTime()).toBeGreaterThan(Date.now() + 28 * 86_400_000);
    // The due date moved on by the time paused.
    expect(paused.firstContactDueAt!.getTime() - due.getTime()).toBeCloseTo(
      paused.pausedUntil!.getTime() - Date.now(),
      -5,
    );
    expect((await personView(prisma, id))!.stage).toBe("paused");
    expect(await resumeRequest(prisma, boss, await personSessionFor(prisma, id))).toEqual({ ok: true });
    const row = await prisma.referral.findUniqueOrThrow({ where: { id }, include: { events: true } });
    expect(row.pausedUntil).toBeNull();
    expect(Math.abs(row.firstContactDueAt!.getTime() - due.getTime())).toBeLessThan(60_000);
    expect(row.events.map((e) => e.type)).toEqual(expect.arrayContaining(["PAUSED_BY_PERSON", "RESUMED_BY_PERSON"]));
    expect(row.events.find((e) => e.type === "PAUSED_BY_PERSON")!.text).toContain("Moving house");
  });

  it("withdraws, with and without asking for deletion; the shorter retention applies; nothing more can be changed", async () => {
    const keep = await referral();
    expect(
      await withdrawRequest(
        prisma,
        boss,
        await personSessionFor(prisma, keep.id),
        withdrawSchema.parse({ reason: "Not now", erase: "" }),
      ),
    ).toEqual({ ok: true });
    const kept = await prisma.referral.findUniqueOrThrow({ where: { id: keep.id } });
    expect(kept).toMatchObject({
      status: "CLOSED",
      closureReason: "withdrawnByPerson",
      withdrawnAt: expect.any(Date),
      erasureRequestedAt: null,
    });
    expect(ruleFor(kept)).toBe("withdrawn-by-person");
    expect(dueAt(kept, { closedDays: 730, withdrawnDays: 90 })!.getTime()).toBeCloseTo(
      kept.closedAt!.getTime() + 90 * 86_400_000,
      -3,
    );
    expect((await personView(prisma, keep.id))!.stage).toBe("withdrawn");
    expect(
      await pauseRequest(prisma, boss, await personSessionFor(prisma, keep.id), {
        until: new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10),
        reason: "",
      }),
    ).toEqual({ ok: false, closed: true });

    const erase = await referral();
    expect(
      await withdrawRequest(
        prisma,
        boss,
        await personSessionFor(prisma, erase.id),
        withdrawSchema.parse({ reason: "", erase: "yes" }),
      ),
    ).toEqual({ ok: true });
    expect((await prisma.referral.findUniqueOrThrow({ where: { id: erase.id } })).erasureRequestedAt).toEqual(
      expect.any(Date),
    );
    expect(
      await prisma.auditEvent.findFirst({ where: { action: "person.withdrew", referralId: erase.id } }),
    ).toMatchObject({ actorId: null, details: { erasureRequested: true } });
  });
});

describe("the limits on the way back in: they stop an attacker, not the person", () => {
  let backend: TestBackend;
  let boss: PgBoss;
  const PROVIDER = "referrals@provider.example";
  beforeAll(async () => {
    backend = await openBackend("postgres", "manage_limits");
    await backend.db.withSession((s) => migrate(s));
    boss = await startQueue(backend.db);
  });
  afterAll(async () => {
    await boss.stop({ graceful: false, timeout: 1000 });
    await backend.cleanUp();
  });
  const alertTo = () => ({ boss, providerEmail: PROVIDER });
  const jobs = async (name: string) =>
    (
      await backend.db.prisma.$queryRaw<
        Array<{ n: number }>
      >`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${name}`
    )[0]!.n;

  it("lets the person in with their right code from their own address after an attacker's wrong codes elsewhere", async () => {
    const { signInWithCode } = await import("@/lib/person/code-sign-in");
    const prisma = backend.db.prisma;
    const { id, reference } = await insertReferral(prisma, { contactEmail: null });
    const code = await createPrivateCode(prisma, id);
    // Ten wrong codes from the attacker's address: refused there after five.
    for (let i = 0; i < 10; i += 1)
      await expect(
        signInWithCode(prisma, { reference, code: "AAAA-AAAA-AAAA", address: "192.0.2.66" }, alertTo()),
      ).rejects.toMatchObject({ code: i < 5 ? "manage.code-wrong" : "manage.too-many" });
    await expect(signInWithCode(prisma, { reference, code, address: "192.0.2.66" }, alertTo())).rejects.toMatchObject({
      code: "manage.too-many",
      field: "codeReference",
    });
    // The person, from their own address: in.
    expect(await signInWithCode(prisma, { reference, code, address: "198.51.100.7" }, alertTo())).toMatchObject({
      referralId: id,
    });
    // A right code is not a failure: twenty in a row from one address are never refused.
    for (let i = 0; i < 20; i += 1)
      expect(await signInWithCode(prisma, { reference, code, address: "198.51.100.8" }, alertTo())).toMatchObject({
        referralId: id,
      });
  });

  it("alerts the provider once when wrong codes from many addresses pass the request's ceiling, and still lets the person in", async () => {
    const { signInWithCode } = await import("@/lib/person/code-sign-in");
    const { PERSON_RULES } = await import("@/lib/person/limits");
    const prisma = backend.db.prisma;
    const { id, reference } = await insertReferral(prisma, { contactEmail: null });
    const code = await createPrivateCode(prisma, id);
    const before = await jobs("send-email");
    for (let i = 0; i <= PERSON_RULES.codeFailuresPerRequestCeiling.points + 5; i += 1) {
      await expect(
        signInWithCode(
          prisma,
          { reference, code: "WRONG-CODE-0000", address: `10.0.${Math.floor(i / 250)}.${i % 250}` },
          alertTo(),
        ),
      ).rejects.toMatchObject({ code: "manage.code-wrong" });
    }
    expect(await prisma.auditEvent.count({ where: { action: "person.code-ceiling-reached", referralId: id } })).toBe(1);
    expect(await jobs("send-email")).toBe(before + 1);
    expect(await signInWithCode(prisma, { reference, code, address: "198.51.100.9" }, alertTo())).toMatchObject({
      referralId: id,
    });
  });

  it("sends at most 3 link emails an hour for a request however many addresses ask, and the person's link keeps working", async () => {
    const { issuePersonLink } = await import("@/lib/person/person-links");
    const { allowLinkRequest } = await import("@/lib/person/limits");
    const prisma = backend.db.prisma;
    const { id, reference } = await insertReferral(prisma, { contactEmail: "wren@example.com" });
    const theirs = await prisma.$transaction((tx) => issuePersonLink(tx, id));
    const before = await jobs("person-link");
    for (let i = 0; i < 50; i += 1) {
      const address = `203.0.113.${i}`;
      expect(await allowLinkRequest(prisma, address)).toBeNull();
      await requestManageLink(
        prisma,
        boss,
        { reference, email: "wren@example.com", ipAddress: address },
        { providerEmail: PROVIDER },
      );
    }
    expect((await jobs("person-link")) - before).toBe(3);
    expect(await prisma.auditEvent.count({ where: { action: "person.link-requested", referralId: id } })).toBe(50);
    expect(await openWithLink(prisma, theirs)).toMatchObject({ referralId: id });
    // One address asking again and again is stopped by its own limit.
    for (let i = 0; i < 10; i += 1) expect(await allowLinkRequest(prisma, "203.0.113.200")).toBeNull();
    expect(await allowLinkRequest(prisma, "203.0.113.200")).toEqual(expect.any(Date));
  });
});
