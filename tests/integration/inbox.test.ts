import { createStaffUser } from "@/lib/auth/accounts";
import { authorise, type AuthorisedStaff } from "@/lib/auth/policy";
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { countInbox, listInbox, PAGE_SIZE } from "@/lib/workspace/inbox";
import { firstContactBadge } from "@/lib/workspace/first-contact";
import { ukDay } from "@/lib/dates";
import { REFERENCE_ALPHABET } from "@/lib/referrals/reference";
import { openBackend, type TestBackend } from "../support/backends";

describe("the inbox", () => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let me: AuthorisedStaff;
  let other: string;

  beforeAll(async () => {
    backend = await openBackend("postgres", "inbox");
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
    const mine = await createStaffUser(prisma, { email: "me@provider.example", name: "Me", role: "STAFF" });
    other = (await createStaffUser(prisma, { email: "other@provider.example", name: "Other", role: "STAFF" })).userId;
    me = authorise({
      sessionHash: "x",
      userId: mine.userId,
      email: "me@provider.example",
      name: "Me",
      role: "STAFF",
      secondFactorDone: true,
      totpEnrolled: true,
    });
    // 60 referrals over 60 days: every 3rd closed, every 4th assigned to me, every 5th to someone else.
    const start = Date.UTC(2026, 0, 1);
    await prisma.referral.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        reference: `RJ-${REFERENCE_ALPHABET[i % 23]}${REFERENCE_ALPHABET[Math.floor(i / 23)]}AA-AAAA`,
        consentGivenAt: new Date(start),
        consentVersion: "test",
        answers: {},
        fullName: i === 7 ? "Zoë Needle" : `Person ${i}`,
        crimeType: i % 2 ? "theft" : "burglary",
        sensitive: i % 10 === 0,
        idempotencyKey: String(i).padStart(64, "0"),
        createdAt: new Date(start + i * 86_400_000),
        firstContactDueAt: new Date(start + (60 - i) * 86_400_000),
        status: i % 3 === 0 ? "CLOSED" : "NEW",
        assignedToId: i % 4 === 0 ? mine.userId : i % 5 === 0 ? other : null,
        // Open ones have a next step: one in six due today, one in six overdue, the rest later.
        nextStepDue:
          i % 3 === 0 ? null : new Date(`${ukDay(new Date(Date.now() + ((i % 6) - 2) * 86_400_000))}T00:00:00Z`),
      })),
    });
  });
  afterAll(() => backend.cleanUp());

  const all = () => Array.from({ length: 60 }, (_, i) => i);
  const expected = {
    closed: all().filter((i) => i % 3 === 0),
    open: all().filter((i) => i % 3 !== 0),
    mine: all().filter((i) => i % 3 !== 0 && i % 4 === 0),
    new: all().filter((i) => i % 3 !== 0 && i % 4 !== 0 && i % 5 !== 0),
    due: all().filter((i) => i % 3 !== 0 && i % 6 === 2),
    overdue: all().filter((i) => i % 3 !== 0 && i % 6 < 2),
  };

  it("counts each view", async () => {
    const counts = await countInbox(prisma, me, {});
    expect(counts).toEqual({
      new: { count: expected.new.length, capped: false },
      mine: { count: expected.mine.length, capped: false },
      due: { count: expected.due.length, capped: false },
      overdue: { count: expected.overdue.length, capped: false },
      open: { count: expected.open.length, capped: false },
      closed: { count: expected.closed.length, capped: false },
      person: { count: 0, capped: false },
    });
    expect((await countInbox(prisma, me, { crimeType: "theft" })).open.count).toBe(
      expected.open.filter((i) => i % 2).length,
    );
  });

  it("pages through a view without gaps or repeats, newest first", async () => {
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await listInbox(prisma, me, { view: "open", sort: "received", after });
      expect(page.rows.length).toBeLessThanOrEqual(PAGE_SIZE);
      seen.push(...page.rows.map((r) => r.firstName + " " + r.reference));
      after = page.nextCursor;
    } while (after);
    expect(seen).toHaveLength(expected.open.length);
    expect(new Set(seen).size).toBe(seen.length);
    const dates = (await listInbox(prisma, me, { view: "open", sort: "received" })).rows.map((r) =>
      r.createdAt.getTime(),
    );
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it("sorts by the next step's due day, soonest first, and pages through it without gaps or repeats", async () => {
    const rows = (await listInbox(prisma, me, { view: "new", sort: "due" })).rows;
    const dues = rows.map((r) => r.nextStepDue!.getTime());
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await listInbox(prisma, me, { view: "open", sort: "due", after });
      seen.push(...page.rows.map((r) => r.id));
      after = page.nextCursor;
    } while (after);
    expect(new Set(seen).size).toBe(expected.open.length);
  });

  it("lists 'Due today' and 'Overdue' across all stages and assignees, by the next step's day", async () => {
    const today = ukDay(new Date());
    const due = (await listInbox(prisma, me, { view: "due", sort: "due" })).rows;
    expect(due).toHaveLength(expected.due.length);
    expect(due.every((r) => r.nextStepDue!.toISOString().slice(0, 10) === today)).toBe(true);
    const overdue = (await listInbox(prisma, me, { view: "overdue", sort: "due" })).rows;
    expect(overdue).toHaveLength(expected.overdue.length);
    expect(overdue.every((r) => r.nextStepDue!.toISOString().slice(0, 10) < today)).toBe(true);
  });

  it("filters by status, type, sensitivity and dates, and finds by reference or name", async () => {
    expect((await listInbox(prisma, me, { view: "mine", sort: "received" })).rows).toHaveLength(expected.mine.length);
    const sensitive = (await listInbox(prisma, me, { view: "closed", sort: "received", sensitive: true })).rows;
    expect(sensitive).toHaveLength(all().filter((i) => i % 3 === 0 && i % 10 === 0).length);
    const january = await listInbox(prisma, me, {
      view: "open",
      sort: "received",
      receivedFrom: new Date(Date.UTC(2026, 0, 1)),
      receivedTo: new Date(Date.UTC(2026, 0, 11)),
    });
    expect(january.rows).toHaveLength(all().filter((i) => i < 10 && i % 3 !== 0).length);
    const byName = await listInbox(prisma, me, { view: "open", sort: "received", search: "needle" });
    expect(byName.rows.map((r) => r.firstName)).toEqual(["Zoë"]);
    const someone = await prisma.referral.findFirstOrThrow({ where: { status: "NEW" } });
    const byReference = await listInbox(prisma, me, {
      view: "open",
      sort: "received",
      search: someone.reference.toLowerCase(),
    });
    expect(byReference.rows.map((r) => r.id)).toEqual([someone.id]);
  });

  it("says how soon first contact is due, by the promise, whatever the status", () => {
    const now = new Date("2026-11-25T12:00:00Z");
    const facts = (due: string, changes = {}) => ({
      status: "NEW" as const,
      firstContactDueAt: new Date(due),
      firstChosenAttemptAt: null,
      firstSpokenAt: null,
      pausedUntil: null,
      ...changes,
    });
    expect(firstContactBadge(facts("2026-11-27T12:00:00Z"), "attempt", now)).toEqual({
      text: "First contact due in 2 days",
      overdue: false,
    });
    expect(firstContactBadge(facts("2026-11-25T18:00:00Z"), "attempt", now)).toEqual({
      text: "First contact due today",
      overdue: false,
    });
    expect(firstContactBadge(facts("2026-11-24T12:00:00Z"), "attempt", now)).toEqual({
      text: "First contact overdue",
      overdue: true,
    });
    expect(firstContactBadge(facts("2026-11-24T12:00:00Z", { status: "CONTACTING" }), "attempt", now)).toEqual({
      text: "First contact overdue",
      overdue: true,
    });
    expect(firstContactBadge(facts("2026-11-24T12:00:00Z", { firstChosenAttemptAt: now }), "attempt", now)).toBeNull();
    expect(firstContactBadge(facts("2026-11-24T12:00:00Z", { firstChosenAttemptAt: now }), "spoken", now)).toEqual({
      text: "First contact overdue",
      overdue: true,
    });
    expect(
      firstContactBadge(
        facts("2026-11-24T12:00:00Z", { pausedUntil: new Date("2026-12-01T00:00:00Z") }),
        "attempt",
        now,
      ),
    ).toBeNull();
    expect(firstContactBadge(facts("2026-11-24T12:00:00Z", { status: "CLOSED" }), "attempt", now)).toBeNull();
  });

  it("keeps a referral the person paused out of the open views until its date, under 'Changed by the person' meanwhile; search still finds it", async () => {
    const paused = await prisma.referral.create({
      data: {
        reference: "RJ-PPPP-PPPP",
        consentGivenAt: new Date(),
        consentVersion: "test",
        answers: {},
        fullName: "Paula Paused",
        crimeType: "theft",
        idempotencyKey: "p".repeat(64),
        pausedUntil: new Date(Date.now() + 7 * 86_400_000),
        personChangeUnseenAt: new Date(),
      },
    });
    const ids = async (view: "new" | "open" | "person") =>
      (await listInbox(prisma, me, { view, sort: "received" })).rows.map((r) => r.id);
    expect(await ids("new")).not.toContain(paused.id);
    expect(await ids("open")).not.toContain(paused.id);
    expect(await ids("person")).toContain(paused.id);
    expect((await countInbox(prisma, me, {})).person.count).toBe(1);
    expect((await countInbox(prisma, me, {})).open.count).toBe(expected.open.length);
    const { searchInbox } = await import("@/lib/workspace/inbox");
    expect((await searchInbox(prisma, me, "RJ-PPPP-PPPP")).map((r) => r.id)).toEqual([paused.id]);
    // On its date it comes back by itself; it stays under "Changed by the person" until someone marks it seen.
    await prisma.referral.update({ where: { id: paused.id }, data: { pausedUntil: new Date(Date.now() - 1000) } });
    expect(await ids("new")).toContain(paused.id);
    expect(await ids("person")).toContain(paused.id);
    await prisma.referral.update({ where: { id: paused.id }, data: { personChangeUnseenAt: null } });
    expect(await ids("person")).not.toContain(paused.id);
    await prisma.referral.delete({ where: { id: paused.id } });
  });
});
