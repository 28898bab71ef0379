/**
 * The commissioner's return, worked out by hand: UK quarters at the clock
 * changes, the five council areas from what people typed, every step of the
 * way to restorative justice with why each case stopped, the two first-contact
 * shares, and the suppression of counts under 5 in the download.
 */
import { areaOf } from "@/lib/admin/return/merseyside-areas";
import { quarterContaining, quarterOf, recentQuarters } from "@/lib/admin/return/quarters";
import { buildReturn, shareWords, suppressed, type ReturnCase } from "@/lib/admin/return/return-figures";

describe("quarters", () => {
  it("run in UK time, named by months and by the financial year", () => {
    const spring = quarterOf("2026-04")!;
    expect(spring.label).toBe("April to June 2026 (Q1 2026/27)");
    expect(spring.from.toISOString()).toBe("2026-03-31T23:00:00.000Z"); // BST had begun
    expect(spring.to.toISOString()).toBe("2026-06-30T23:00:00.000Z");
    const winter = quarterOf("2027-01")!;
    expect(winter.label).toBe("January to March 2027 (Q4 2026/27)");
    expect(winter.from.toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(quarterOf("2026-10")!.from.toISOString()).toBe("2026-09-30T23:00:00.000Z");
    expect(quarterOf("2026-05")).toBeNull();
    expect(quarterOf("2026-1")).toBeNull();
    // Half past midnight on 1 October in London is still 30 September in UTC.
    expect(quarterContaining(new Date("2026-09-30T23:30:00Z")).value).toBe("2026-10");
    expect(quarterContaining(new Date("2026-09-30T22:30:00Z")).value).toBe("2026-07");
  });

  it("offers this quarter and the seven before, and defaults to the last whole one", () => {
    const { quarters, lastWhole } = recentQuarters(new Date("2026-12-06T12:00:00Z"));
    expect(quarters.map((q) => q.value)).toEqual([
      "2026-10",
      "2026-07",
      "2026-04",
      "2026-01",
      "2025-10",
      "2025-07",
      "2025-04",
      "2025-01",
    ]);
    expect(lastWhole.value).toBe("2026-07");
  });
});

describe("the area from the postcode or town", () => {
  it.each([
    ["L1 8JQ", "Liverpool"],
    ["l20 3ab", "Sefton"],
    ["PR9", "Sefton"],
    ["L36 9XY", "Knowsley"],
    ["CH41 5LH", "Wirral"],
    ["WA10 1AA", "St Helens"],
    ["L39 4QP", "Not known"], // Ormskirk, Lancashire
    ["Southport", "Sefton"],
    ["near Kirkby", "Knowsley"],
    ["Birkenhead", "Wirral"],
    ["Newton-le-Willows", "St Helens"],
    ["Liverpool city centre", "Liverpool"],
    ["Manchester", "Not known"],
    ["", "Not known"],
  ])("%s is %s", (typed, area) => {
    expect(areaOf(typed)).toBe(area);
  });
});

const NOW = new Date("2026-12-06T12:00:00Z");
const base = (changes: Partial<ReturnCase> = {}): ReturnCase => ({
  createdAt: new Date("2026-10-05T10:00:00Z"),
  crimeType: "burglary",
  heardAbout: "police",
  location: "Bootle",
  status: "NEW",
  closureReason: null,
  firstContactAt: null,
  firstChosenAttemptAt: null,
  firstSpokenAt: null,
  firstContactDueAt: new Date("2026-10-07T10:00:00Z"),
  reachedAssessing: false,
  responsibleConsented: false,
  outcome: null,
  agreement: [],
  ...changes,
});
const tried = {
  firstContactAt: new Date("2026-10-06T09:00:00Z"),
  firstChosenAttemptAt: new Date("2026-10-06T09:00:00Z"),
};
const spoken = { ...tried, firstSpokenAt: new Date("2026-10-06T09:00:00Z") };

describe("the return from hand-built cases", () => {
  const cases: ReturnCase[] = [
    base({ status: "CLOSED", closureReason: "unableToContact" }), // stops at received
    base({ ...tried, status: "CONTACTING" }), // stops at attempted: still being worked on
    base({
      ...spoken,
      status: "CLOSED",
      closureReason: "victimWithdrew",
      outcome: { delivered: "NONE", whyNot: "victimDeclined" },
    }),
    base({
      ...spoken,
      reachedAssessing: true,
      status: "CLOSED",
      closureReason: "otherPartyUnwilling",
      outcome: { delivered: "NONE", whyNot: "responsibleDenied" },
    }),
    base({ ...spoken, reachedAssessing: true, responsibleConsented: true, status: "IN_PROGRESS" }),
    base({
      ...spoken,
      reachedAssessing: true,
      responsibleConsented: true,
      status: "CLOSED",
      closureReason: "completed",
      outcome: { delivered: "FACE_TO_FACE", whyNot: null },
      agreement: [{ status: "DONE" }, { status: "DONE" }],
      location: "CH41 5LH",
    }),
    base({
      ...spoken,
      reachedAssessing: true,
      responsibleConsented: true,
      status: "CLOSED",
      closureReason: "completed",
      outcome: { delivered: "LETTERS", whyNot: null },
      agreement: [{ status: "DONE" }, { status: "PARTLY" }],
      location: "",
      heardAbout: null,
    }),
  ];
  const sessions = [
    { type: "FACE_TO_FACE", happened: true, safeguardingRaised: false },
    { type: "PREPARATION_VICTIM", happened: true, safeguardingRaised: true },
    { type: "PREPARATION_VICTIM", happened: false, safeguardingRaised: false },
    { type: "FOLLOW_UP", happened: null, safeguardingRaised: false },
  ];
  const figures = buildReturn(cases, sessions, NOW);

  it("counts each step, and why every case that stopped stopped", () => {
    expect(figures.funnel.map((s) => [s.step, s.count])).toEqual([
      ["Received", 7],
      ["First contact attempted", 6],
      ["Spoken to", 5],
      ["Assessed", 4],
      ["Person responsible engaged", 3],
      ["Restorative justice delivered", 2],
      ["Agreement completed", 1],
    ]);
    expect(figures.funnel.map((s) => s.stoppedHere)).toEqual([
      [{ label: "Unable to contact", count: 1 }],
      [{ label: "Still being worked on", count: 1 }],
      [{ label: "The victim decided against it", count: 1 }],
      [{ label: "The person responsible did not admit it", count: 1 }],
      [{ label: "Still being worked on", count: 1 }],
      [{ label: "Agreement not completed (yet)", count: 1 }],
      [],
    ]);
    expect(figures.delivered).toEqual({ direct: 1, indirect: 1 });
  });

  it("takes a later step as proof of the earlier ones, even where they were not recorded", () => {
    const unrecorded = base({
      status: "CLOSED",
      closureReason: "completed",
      outcome: { delivered: "SHUTTLE", whyNot: null },
    });
    expect(buildReturn([unrecorded], [], NOW).funnel.map((s) => s.count)).toEqual([1, 1, 1, 1, 1, 1, 0]);
  });

  it("breaks the referrals down by source, type and area", () => {
    expect(figures.byArea).toEqual([
      { label: "Liverpool", count: 0 },
      { label: "Knowsley", count: 0 },
      { label: "Sefton", count: 5 },
      { label: "St Helens", count: 0 },
      { label: "Wirral", count: 1 },
      { label: "Not known", count: 1 },
    ]);
    expect(figures.bySource.find((c) => c.label === "Not answered")?.count).toBe(1);
    expect(figures.bySource.reduce((sum, c) => sum + c.count, 0)).toBe(7);
    expect(figures.byCrimeType.reduce((sum, c) => sum + c.count, 0)).toBe(7);
  });

  it("measures the promise once it is due, and counts sessions that took place and concerns raised", () => {
    // Six were tried within the due time; the untried one's due time has passed.
    expect(figures.withinPromise).toEqual({ met: 6, of: 7 });
    expect(figures.spokenWithinFive).toEqual({ met: 5, of: 7 });
    const notYetDue = buildReturn(
      [base({ firstContactDueAt: new Date("2026-12-08T10:00:00Z"), createdAt: NOW })],
      [],
      NOW,
    );
    expect(notYetDue.withinPromise).toEqual({ met: 0, of: 0 });
    expect(notYetDue.spokenWithinFive).toEqual({ met: 0, of: 0 });
    expect(figures.sessionsByType.filter((c) => c.count > 0)).toEqual([
      { label: "Preparation with the victim", count: 1 },
      { label: "Face-to-face meeting", count: 1 },
    ]);
    expect(figures.safeguardingConcerns).toBe(1);
  });

  it("suppresses counts from 1 to 4, and shares of fewer than 5, in the download", () => {
    expect([0, 1, 4, 5, 12].map(suppressed)).toEqual(["0", "fewer than 5", "fewer than 5", "5", "12"]);
    expect(shareWords({ met: 3, of: 4 })).toBe("not shown (fewer than 5 measured)");
    expect(shareWords({ met: 6, of: 7 })).toBe("86%");
    expect(shareWords({ met: 0, of: 0 })).toBe("none measured");
  });
});
