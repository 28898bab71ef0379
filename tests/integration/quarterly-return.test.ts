/**
 * The commissioner's quarterly return against a database, on both kinds:
 * referrals at the edges of a quarter that starts in BST, cases carried to
 * their outcome through the services, an erased referral's kept figures, and
 * the CSV with counts under 5 suppressed and the download audited.
 */
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { quarterOf } from "@/lib/admin/return/quarters";
import { quarterlyReturnCsv, readQuarterlyReturn } from "@/lib/admin/return/quarterly-return";
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { saveResponsibleRecord } from "@/lib/responsible/record";
import { addAgreementItem, checkAgreementItem, openOutcome, recordOutcome } from "@/lib/restorative/outcome";
import { bookSession, recordSession } from "@/lib/restorative/sessions";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { insertReferral } from "../support/referral-rows";
import { signedInStaff } from "../support/staff-fixtures";

const OCTOBER = quarterOf("2026-10")!;
const NOW = new Date("2027-01-10T12:00:00Z");

describe.each(BACKENDS)("the quarterly return, on %s", (kind) => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let admin: AuthorisedStaff;
  let facilitator: AuthorisedStaff;

  beforeAll(async () => {
    backend = await openBackend(kind, `quarterly_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
    admin = await signedInStaff(prisma, "ADMIN", "admin@provider.example");
    facilitator = await signedInStaff(prisma, "STAFF", "facilitator@provider.example");
  });
  afterAll(() => backend.cleanUp());

  it("counts the quarter's referrals in UK time, carried to their outcome, and suppresses small counts in the CSV", async () => {
    // 00:30 on 1 October in London (BST) is in the quarter; 23:30 on 30 September in London is not.
    await insertReferral(prisma, {
      createdAt: new Date("2026-09-30T23:30:00Z"),
      answers: { "about-you": { location: "L20 3AB" } },
    });
    await insertReferral(prisma, { createdAt: new Date("2026-09-30T22:30:00Z") });
    // One carried all the way: tried, spoken to, assessed, the person responsible agreed, a meeting, an agreement done.
    const spoke = new Date("2026-10-13T10:00:00Z");
    const { id } = await insertReferral(prisma, {
      createdAt: new Date("2026-10-12T09:00:00Z"),
      assignedToId: facilitator.userId,
      status: "IN_PROGRESS",
      firstContactAt: spoke,
      firstChosenAttemptAt: spoke,
      firstSpokenAt: spoke,
      firstContactDueAt: new Date("2026-10-14T09:00:00Z"),
      answers: { "about-you": { location: "Birkenhead" } },
    });
    await saveResponsibleRecord(prisma, facilitator, {
      referralId: id,
      version: 0,
      whereabouts: "COMMUNITY",
      establishment: null,
      practitioner: null,
      admission: "ADMITTED",
      consentGivenOn: "2026-10-20",
      consentHow: "By phone",
      consentWithdrawnOn: null,
      suitability: null,
    });
    const booked = { channel: "PHONE" as const, place: null, interpreter: null, minutes: 60 };
    const meeting = await bookSession(
      prisma,
      facilitator,
      {
        ...booked,
        referralId: id,
        type: "FACE_TO_FACE",
        day: "2026-11-02",
        clock: { hours: 10, minutes: 0 },
        attendees: ["victim", "responsible"],
      },
      new Date("2026-10-20T12:00:00Z"),
    );
    await recordSession(
      prisma,
      facilitator,
      {
        referralId: id,
        sessionId: meeting.sessionId,
        version: 0,
        happened: true,
        attended: ["victim", "responsible"],
        notHappenedReason: null,
        summary: null,
        concerns: null,
        safeguardingRaised: true,
        safeguardingTo: "Adult social care",
        safeguardingOn: "2026-11-02",
        safeguardingRef: null,
      },
      new Date("2026-11-02T15:00:00Z"),
    );
    await addAgreementItem(prisma, facilitator, {
      referralId: id,
      what: "A letter",
      owner: "responsible",
      dueOn: "2026-12-01",
    });
    const { items, referral } = await openOutcome(prisma, facilitator, id);
    await checkAgreementItem(prisma, facilitator, { referralId: id, itemId: items[0]!.id, version: 0, status: "DONE" });
    await recordOutcome(prisma, facilitator, {
      referralId: id,
      version: referral.version,
      delivered: "FACE_TO_FACE",
      deliveredOn: "2026-11-02",
      tookPart: ["victim", "responsible"],
      wishesMet: "yes",
      stageReached: null,
      whyNot: null,
      detail: null,
    });
    // An erased referral of November: counted as received, area not known.
    await prisma.referralFigure.create({
      data: {
        receivedMonth: new Date("2026-11-01"),
        crimeType: "assault",
        status: "CLOSED",
        closureReason: "victimWithdrew",
        erasure: "request",
      },
    });

    const figures = await readQuarterlyReturn(prisma, admin, OCTOBER, NOW);
    expect(figures.received).toBe(3);
    expect(figures.funnel.map((s) => s.count)).toEqual([3, 1, 1, 1, 1, 1, 1]);
    expect(figures.funnel[0]!.stoppedHere).toEqual([
      { label: "Still being worked on", count: 1 },
      { label: "Victim withdrew", count: 1 },
    ]);
    expect(figures.byArea.filter((a) => a.count)).toEqual([
      { label: "Sefton", count: 1 },
      { label: "Wirral", count: 1 },
      { label: "Not known", count: 1 },
    ]);
    expect(figures.delivered).toEqual({ direct: 1, indirect: 0 });
    expect(figures.sessionsByType.find((s) => s.label === "Face-to-face meeting")?.count).toBe(1);
    expect(figures.safeguardingConcerns).toBe(1);
    expect((await readQuarterlyReturn(prisma, admin, quarterOf("2026-07")!, NOW)).received).toBe(1);

    const csv = await quarterlyReturnCsv(prisma, admin, OCTOBER, "192.0.2.9");
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe("Quarter,Section,What,Value");
    expect(lines).toContain("October to December 2026 (Q3 2026/27),Referrals,Received,fewer than 5");
    expect(lines).toContain("October to December 2026 (Q3 2026/27),Referrals by area,Liverpool,0");
    expect(lines.some((l) => /,[1-4]$/.test(l))).toBe(false); // no count from 1 to 4 anywhere
    expect(await prisma.auditEvent.count({ where: { action: "export.quarterly-return", actorId: admin.userId } })).toBe(
      1,
    );
  });
});
