import { journeyRules, refusalPath } from "@/lib/referrals/journey-limits";
import { sentTooSoon } from "@/lib/referrals/sent-too-soon";
import { whenToTryAgain } from "@/lib/referrals/when-to-try-again";
import { minutesUntil, waitUntil } from "@/lib/auth/sign-in-limits";
import { messageFor } from "@/lib/errors/app-error";

const settings = {
  startsPerHour: 20,
  savesPerHour: 300,
  referralsPerAddressPerDay: 10,
  referralsPerHour: 60,
  minSecondsBeforeSending: 20,
};

describe("limits on the public journey", () => {
  it("are per hour, except sending from one address, which is per day", () => {
    const rules = journeyRules(settings);
    expect(rules.start).toMatchObject({ points: 20, windowSeconds: 3600 });
    expect(rules.send).toMatchObject({ points: 10, windowSeconds: 86400 });
    expect(rules.service).toMatchObject({ points: 60, windowSeconds: 3600 });
    expect(new Set(Object.values(rules).map((rule) => rule.name)).size).toBe(4);
  });

  it("treat a request sent within the minimum time after consent as too soon", () => {
    const consent = "2026-11-28T10:00:00.000Z";
    expect(sentTooSoon(consent, 20, new Date("2026-11-28T10:00:05Z"))).toBe(true);
    expect(sentTooSoon(consent, 20, new Date("2026-11-28T10:00:20Z"))).toBe(false);
    expect(sentTooSoon(consent, 0, new Date("2026-11-28T10:00:00Z"))).toBe(false);
    expect(sentTooSoon(undefined, 20)).toBe(false);
  });

  it("send a refused person to a page that knows why, and nothing else: the time is read from the limits there", () => {
    expect(refusalPath({ kind: "send", retryAt: new Date(1795840000000) })).toBe("/ask/try-again-later?reason=send");
  });
});

describe("when to try again, in UK time", () => {
  const now = new Date("2026-11-28T10:00:00Z");
  it("says the time today, tomorrow, or the day", () => {
    expect(whenToTryAgain(new Date("2026-11-28T15:45:00Z"), now)).toBe("3:45pm");
    expect(whenToTryAgain(new Date("2026-11-29T09:05:00Z"), now)).toBe("9:05am tomorrow");
    expect(whenToTryAgain(new Date("2026-11-30T09:05:00Z"), now)).toBe("9:05am on Monday 30 November");
  });
  it("uses summer time in summer", () => {
    expect(whenToTryAgain(new Date("2026-07-01T15:45:00Z"), new Date("2026-07-01T10:00:00Z"))).toBe("4:45pm");
  });
});

describe("sign-in waits", () => {
  it("are said in whole minutes, at least one", () => {
    const now = new Date("2026-11-28T10:00:00Z");
    expect(minutesUntil(new Date("2026-11-28T10:14:01Z"), now)).toBe(15);
    expect(minutesUntil(new Date("2026-11-28T10:00:10Z"), now)).toBe(1);
    const said = (retryAt: string) => messageFor("sign-in.throttled", waitUntil(new Date(retryAt), now));
    expect(said("2026-11-28T10:00:10Z")).toContain("Wait 1 minute,");
    expect(said("2026-11-28T10:14:01Z")).toContain("Wait 15 minutes,");
  });
});

describe("dates, in one style", () => {
  it("are UK time, day month year, and a 12-hour clock", async () => {
    const { formatDate, formatDateTime, ukDayRange } = await import("@/lib/dates");
    expect(formatDateTime(new Date("2026-11-28T03:00:00Z"))).toBe("28 Nov 2026, 3:00am");
    expect(formatDateTime(new Date("2026-07-01T12:05:00Z"))).toBe("1 Jul 2026, 1:05pm");
    expect(formatDate(new Date("2026-03-29T23:30:00Z"))).toBe("30 Mar 2026");
    // A date filter is UK days; what is not a real day is no filter at all.
    expect(ukDayRange("2026-07-01", "2026-07-01")).toEqual({
      from: new Date("2026-06-30T23:00:00Z"),
      to: new Date("2026-07-01T23:00:00Z"),
    });
    expect(ukDayRange("2026-13-01", "yesterday")).toEqual({ from: undefined, to: undefined });
  });
});
