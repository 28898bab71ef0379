import { addWorkingDays } from "@/lib/referrals/working-days";

describe("working days", () => {
  it.each([
    ["2026-11-23T10:00:00Z", 2, "2026-11-25T10:00:00.000Z"], // Monday → Wednesday
    ["2026-11-26T10:00:00Z", 2, "2026-11-30T10:00:00.000Z"], // Thursday → Monday
    ["2026-11-27T18:00:00Z", 1, "2026-11-30T18:00:00.000Z"], // Friday evening → Monday
    ["2026-11-28T09:00:00Z", 2, "2026-12-01T09:00:00.000Z"], // Saturday → Tuesday
    ["2026-11-23T10:00:00Z", 0, "2026-11-23T10:00:00.000Z"],
  ])("from %s, %d working days is %s", (start, days, expected) => {
    expect(addWorkingDays(new Date(start), days).toISOString()).toBe(expected);
  });
});
