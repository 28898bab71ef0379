/**
 * The case's sessions, on both databases: who may open and book them (the
 * case's facilitator and administrators; a refusal is audited), UK times at
 * the clock changes, the person's pause and withdrawal winning over booking,
 * recording what happened (not before it could have, never over someone
 * else's record), the next step following the sessions, the calendar file,
 * and each side's subject-access pack holding its own sessions only.
 */
import { subjectAccessBundle } from "@/lib/admin/subject-access";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { migrate } from "@/lib/db/migrate";
import { AppError } from "@/lib/errors/app-error";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { saveResponsibleRecord } from "@/lib/responsible/record";
import { eraseResponsibleRecord, responsibleRecordPack } from "@/lib/responsible/record-rights";
import { sessionCalendar } from "@/lib/restorative/session-calendar";
import { bookSchemaFor, recordSessionSchemaFor } from "@/lib/restorative/session-schemas";
import { bookSession, listSessions, openSession, recordSession } from "@/lib/restorative/sessions";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { insertReferral } from "../support/referral-rows";
import { signedInStaff } from "../support/staff-fixtures";

const TODAY = "2026-12-06";
const NOW = new Date("2026-12-06T12:00:00Z");

const codeOf = async (work: Promise<unknown>) =>
  work.then(
    () => "done",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

const book = bookSchemaFor(() => TODAY);
const booking = (changes: Record<string, unknown> = {}) =>
  book.parse({
    type: "PREPARATION_VICTIM",
    onDay: "14",
    onMonth: "12",
    onYear: "2026",
    time: "10:30am",
    minutes: "",
    channel: "PHONE",
    place: "",
    attendees: ["victim"],
    interpreter: "",
    ...changes,
  });
const record = recordSessionSchemaFor(() => TODAY);
const happened = (changes: Record<string, unknown> = {}) =>
  record.parse({
    happened: "yes",
    attended: ["victim"],
    notHappenedReason: "",
    summary: "",
    concerns: "",
    safeguarding: "no",
    safeguardingTo: "",
    safeguardingOnDay: "",
    safeguardingOnMonth: "",
    safeguardingOnYear: "",
    safeguardingRef: "",
    ...changes,
  });

describe("the session forms' checks", () => {
  it("names every problem at once: date, time, length, place for a meeting in person, who is expected", () => {
    const result = book.safeParse({
      type: "",
      onDay: "31",
      onMonth: "2",
      onYear: "2027",
      time: "10",
      minutes: "2",
      channel: "IN_PERSON",
      place: "",
      attendees: [],
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(messages).toEqual({
      type: "Select what kind of session it is",
      onDay: "The date must be a real date, like 14 1 2027",
      time: "Enter the time like 10:30am, 2pm or 14:30",
      minutes: "Enter how long in minutes, from 5 to 480",
      place: "Enter where it will take place",
      attendees: "Select who is expected",
    });
    // Up to two years ahead.
    expect(booking({ onDay: "6", onMonth: "12", onYear: "2028" }).day).toBe("2028-12-06");
    expect(book.safeParse({ ...bookingRaw(), onDay: "7", onYear: "2028", time: "2pm" }).error?.issues[0]?.message).toBe(
      "The date must be within 2 years from today",
    );
  });

  it("reads the times people type", () => {
    const clock = (time: string) => book.safeParse({ ...bookingRaw(), time }).data?.clock ?? null;
    expect(clock("10:30am")).toEqual({ hours: 10, minutes: 30 });
    expect(clock("2pm")).toEqual({ hours: 14, minutes: 0 });
    expect(clock("12am")).toEqual({ hours: 0, minutes: 0 });
    expect(clock("12.15pm")).toEqual({ hours: 12, minutes: 15 });
    expect(clock("14:30")).toEqual({ hours: 14, minutes: 30 });
    expect(clock("25:00")).toBeNull();
    expect(clock("13pm")).toBeNull();
    expect(clock("soon")).toBeNull();
  });

  it("asks why a session did not take place, and for a safeguarding concern who, when (not in the future)", () => {
    const result = record.safeParse({
      happened: "no",
      notHappenedReason: "",
      safeguarding: "yes",
      safeguardingTo: "",
      safeguardingOnDay: "7",
      safeguardingOnMonth: "12",
      safeguardingOnYear: "2026",
    });
    const messages = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(messages).toEqual({
      notHappenedReason: "Select why it did not take place",
      safeguardingTo: "Enter who you raised the concern with",
      safeguardingOnDay: "The date it was raised must be today or in the past",
    });
    expect(
      record.safeParse({ happened: "no", notHappenedReason: "other", safeguarding: "no" }).error?.issues[0],
    ).toMatchObject({
      path: ["summary"],
    });
  });
});

function bookingRaw() {
  return {
    type: "ASSESSMENT",
    onDay: "14",
    onMonth: "12",
    onYear: "2026",
    channel: "PHONE",
    attendees: "victim", // one tick box arrives as a string
  };
}

describe.each(BACKENDS)("the case's sessions, on %s", (kind) => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let admin: AuthorisedStaff;
  let facilitator: AuthorisedStaff;
  let colleague: AuthorisedStaff;

  beforeAll(async () => {
    backend = await openBackend(kind, `sessions_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
    admin = await signedInStaff(prisma, "ADMIN", "admin@provider.example");
    facilitator = await signedInStaff(prisma, "STAFF", "facilitator@provider.example");
    colleague = await signedInStaff(prisma, "STAFF", "colleague@provider.example");
  });
  afterAll(() => backend.cleanUp());

  const open = () => insertReferral(prisma, { assignedToId: facilitator.userId, status: "ASSESSING" });

  it("is for the case's facilitator and administrators only; anyone else is refused, and that is audited", async () => {
    const { id } = await open();
    const { sessionId } = await bookSession(prisma, facilitator, { ...booking(), referralId: id }, NOW);
    expect((await listSessions(prisma, admin, id)).sessions).toHaveLength(1);
    expect(await codeOf(listSessions(prisma, colleague, id))).toBe("responsible.need-to-know");
    expect(await codeOf(openSession(prisma, colleague, { referralId: id, sessionId }))).toBe(
      "responsible.need-to-know",
    );
    expect(await codeOf(bookSession(prisma, colleague, { ...booking(), referralId: id }, NOW))).toBe(
      "responsible.need-to-know",
    );
    expect(
      await prisma.auditEvent.count({
        where: { referralId: id, action: "restorative.refused", actorId: colleague.userId },
      }),
    ).toBe(3);
    // A session of another case is not found through this one.
    const other = await open();
    expect(await codeOf(openSession(prisma, facilitator, { referralId: other.id, sessionId }))).toBe(
      "session.not-found",
    );
  });

  it("keeps UK wall-clock times through the clock changes", async () => {
    const { id } = await open();
    const at = async (day: string, month: string, year: string, time: string) => {
      const { sessionId } = await bookSession(
        prisma,
        facilitator,
        { ...booking({ onDay: day, onMonth: month, onYear: year, time }), referralId: id },
        NOW,
      );
      return (await prisma.caseSession.findUniqueOrThrow({ where: { id: sessionId } })).startsAt.toISOString();
    };
    expect(await at("14", "1", "2027", "10:30am")).toBe("2027-01-14T10:30:00.000Z"); // GMT
    expect(await at("28", "3", "2027", "10:30am")).toBe("2027-03-28T09:30:00.000Z"); // the day BST starts
    expect(await at("31", "10", "2027", "12:30am")).toBe("2027-10-30T23:30:00.000Z"); // still BST, the day it ends
    expect(await at("31", "10", "2027", "2pm")).toBe("2027-10-31T14:00:00.000Z"); // GMT again
  });

  it("moves the next step to the next session, but not past a sooner step written by hand", async () => {
    const { id } = await open();
    const next = async () =>
      prisma.referral.findUniqueOrThrow({ where: { id }, select: { nextStep: true, nextStepDue: true } });
    await bookSession(prisma, facilitator, { ...booking({ onDay: "20" }), referralId: id }, NOW);
    expect(await next()).toEqual({
      nextStep: "Session at 10:30am (see Sessions)",
      nextStepDue: new Date("2026-12-20"),
    });
    const { sessionId } = await bookSession(
      prisma,
      facilitator,
      { ...booking({ onDay: "10", time: "2pm" }), referralId: id },
      NOW,
    );
    expect(await next()).toEqual({ nextStep: "Session at 2:00pm (see Sessions)", nextStepDue: new Date("2026-12-10") });

    // Recording the sooner one moves the step to the later one; recording that asks for a next step today.
    const later = new Date("2026-12-10T16:00:00Z");
    await recordSession(prisma, facilitator, { ...happened(), referralId: id, sessionId, version: 0 }, later);
    expect(await next()).toEqual({
      nextStep: "Session at 10:30am (see Sessions)",
      nextStepDue: new Date("2026-12-20"),
    });

    // A step written by hand for sooner stays; a session sooner than it takes its place.
    await prisma.referral.update({
      where: { id },
      data: { nextStep: "Phone the victim", nextStepDue: new Date("2026-12-08") },
    });
    await bookSession(prisma, facilitator, { ...booking({ onDay: "30" }), referralId: id }, NOW);
    expect((await next()).nextStep).toBe("Phone the victim");
    await bookSession(prisma, facilitator, { ...booking({ onDay: "7" }), referralId: id }, NOW);
    expect((await next()).nextStep).toBe("Session at 10:30am (see Sessions)");
    const timeline = await prisma.referralEvent.findMany({ where: { referralId: id, type: "NEXT_STEP_SET" } });
    expect(timeline.map((e) => e.text)).toContain("Session at 2:00pm (see Sessions) (due 10 Dec 2026)");
  });

  it("records what happened: not for a session still to come, never over someone else's record", async () => {
    const { id } = await open();
    const { sessionId } = await bookSession(prisma, facilitator, { ...booking(), referralId: id }, NOW);
    expect(
      await codeOf(recordSession(prisma, facilitator, { ...happened(), referralId: id, sessionId, version: 0 }, NOW)),
    ).toBe("session.future");
    const cancelled = record.parse({ happened: "no", notHappenedReason: "victimCancelled", safeguarding: "no" });
    await recordSession(prisma, facilitator, { ...cancelled, referralId: id, sessionId, version: 0 }, NOW);
    expect(
      await codeOf(recordSession(prisma, admin, { ...cancelled, referralId: id, sessionId, version: 0 }, NOW)),
    ).toBe("session.conflict");
    const after = new Date("2026-12-15T09:00:00Z");
    const safeguarding = happened({
      summary: "Talked through the meeting",
      safeguarding: "yes",
      safeguardingTo: "Adult social care",
      safeguardingOnDay: "6",
      safeguardingOnMonth: "12",
      safeguardingOnYear: "2026",
      safeguardingRef: "ASC-1",
    });
    await recordSession(prisma, facilitator, { ...safeguarding, referralId: id, sessionId, version: 1 }, after);
    expect(await prisma.caseSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
      happened: true,
      notHappenedReason: null,
      safeguardingRaised: true,
      safeguardingTo: "Adult social care",
      safeguardingOn: new Date("2026-12-06"),
      version: 2,
      recordedById: facilitator.userId,
    });
    expect(await prisma.auditEvent.count({ where: { referralId: id, action: "session.recorded" } })).toBe(2);
  });

  it("lets the person's pause and withdrawal win: nothing with them before their date, nothing booked once withdrawn", async () => {
    const paused = await insertReferral(prisma, {
      assignedToId: facilitator.userId,
      pausedUntil: new Date("2026-12-20T00:00:00Z"),
    });
    expect(await codeOf(bookSession(prisma, facilitator, { ...booking(), referralId: paused.id }, NOW))).toBe(
      "session.paused",
    );
    // Preparing the person responsible does not contact the victim; after the pause, the victim may be seen.
    const responsibleOnly = booking({ type: "PREPARATION_RESPONSIBLE", attendees: ["responsible"] });
    expect(await codeOf(bookSession(prisma, facilitator, { ...responsibleOnly, referralId: paused.id }, NOW))).toBe(
      "done",
    );
    expect(
      await codeOf(bookSession(prisma, facilitator, { ...booking({ onDay: "21" }), referralId: paused.id }, NOW)),
    ).toBe("done");

    const withdrawn = await insertReferral(prisma, { assignedToId: facilitator.userId });
    const { sessionId } = await bookSession(
      prisma,
      facilitator,
      { ...booking({ onDay: "1" }), referralId: withdrawn.id },
      NOW,
    );
    await prisma.referral.update({ where: { id: withdrawn.id }, data: { withdrawnAt: NOW } });
    expect(await codeOf(bookSession(prisma, facilitator, { ...booking(), referralId: withdrawn.id }, NOW))).toBe(
      "case.withdrawn",
    );
    // What already took place can still be recorded.
    expect(
      await codeOf(
        recordSession(prisma, facilitator, { ...happened(), referralId: withdrawn.id, sessionId, version: 0 }, NOW),
      ),
    ).toBe("done");
  });

  it("downloads as a calendar file that names the session and the reference, never a person", async () => {
    const { id, reference } = await insertReferral(prisma, {
      assignedToId: facilitator.userId,
      fullName: "Calendar Victimname",
    });
    const { sessionId } = await bookSession(
      prisma,
      facilitator,
      { ...booking({ channel: "IN_PERSON", place: "Liverpool office", time: "14:00", minutes: "90" }), referralId: id },
      NOW,
    );
    const { session } = await openSession(prisma, facilitator, { referralId: id, sessionId });
    const ics = sessionCalendar(session, reference, "https://rj.example/staff");
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("DTSTART:20261214T140000Z");
    expect(ics).toContain("DURATION:PT90M");
    expect(ics).toContain(`SUMMARY:Preparation with the victim (${reference})`);
    expect(ics).toContain("LOCATION:Liverpool office");
    expect(ics).not.toContain("Calendar Victimname");
  });

  it("puts each side's sessions in its own pack: joint ones without their summary; erasing the person responsible takes their preparation", async () => {
    const { id, reference } = await open();
    const after = new Date("2027-01-20T12:00:00Z");
    const add = async (type: string, day: string, summary: string) => {
      const { sessionId } = await bookSession(
        prisma,
        facilitator,
        {
          ...booking({ type, onDay: day, onMonth: "1", onYear: "2027", attendees: ["victim", "responsible"] }),
          referralId: id,
        },
        NOW,
      );
      await recordSession(
        prisma,
        facilitator,
        { ...happened({ summary }), referralId: id, sessionId, version: 0 },
        after,
      );
    };
    await add("PREPARATION_VICTIM", "5", "Victim-side marker Quorble");
    await add("PREPARATION_RESPONSIBLE", "6", "Responsible-side marker Zindle");
    await add("FACE_TO_FACE", "12", "Joint marker Plimsoll");
    await saveResponsibleRecord(prisma, facilitator, {
      referralId: id,
      version: 0,
      whereabouts: "PRISON",
      establishment: null,
      practitioner: null,
      admission: "ADMITTED",
      consentGivenOn: null,
      consentHow: null,
      consentWithdrawnOn: null,
      suitability: null,
    });

    const victimPack = JSON.stringify(await subjectAccessBundle(prisma, admin, id, "json"));
    expect(victimPack).toContain("Victim-side marker Quorble");
    expect(victimPack).toContain("Face-to-face meeting");
    expect(victimPack).not.toContain("Joint marker Plimsoll");
    expect(victimPack).not.toContain("Responsible-side marker Zindle");
    expect(victimPack).not.toContain("Preparation with the person responsible");

    const theirPack = JSON.stringify(await responsibleRecordPack(prisma, admin, id));
    expect(theirPack).toContain("Responsible-side marker Zindle");
    expect(theirPack).toContain("Face-to-face meeting");
    expect(theirPack).not.toContain("Joint marker Plimsoll");
    expect(theirPack).not.toContain("Victim-side marker Quorble");

    await eraseResponsibleRecord(prisma, admin, { referralId: id, confirmReference: reference, reason: "Asked" });
    const left = await prisma.caseSession.findMany({ where: { referralId: id }, select: { type: true } });
    expect(left.map((s) => s.type).sort()).toEqual(["FACE_TO_FACE", "PREPARATION_VICTIM"]);
  });
});
