import { ukDayEnd, ukDayStart } from "@/lib/dates";
import { dueAt, ruleFor } from "@/lib/admin/erasure/retention";
import { normalisePhone } from "@/lib/forms/phone";
import { searchProblem } from "@/lib/admin/subject-access-rules";

describe("UK days", () => {
  it("start at midnight London time, in winter (GMT) and in summer (BST)", () => {
    expect(ukDayStart("2026-01-15").toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(ukDayStart("2026-06-01").toISOString()).toBe("2026-05-31T23:00:00.000Z");
    expect(ukDayEnd("2026-06-30").toISOString()).toBe("2026-06-30T23:00:00.000Z");
    // The day the clocks go back is 25 hours long.
    expect(ukDayEnd("2026-10-25").getTime() - ukDayStart("2026-10-25").getTime()).toBe(25 * 3_600_000);
    // The day they go forward, 23.
    expect(ukDayStart("2026-03-29").toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(ukDayEnd("2026-03-29").getTime() - ukDayStart("2026-03-29").getTime()).toBe(23 * 3_600_000);
  });
});

describe("retention rules", () => {
  const policy = { closedDays: 730, withdrawnDays: 90 };
  const closedAt = new Date("2026-01-01T00:00:00Z");

  it("uses the shorter period only for a withdrawal before any contact", () => {
    expect(ruleFor({ closureReason: "victimWithdrew", firstContactAt: null })).toBe("withdrawn-before-contact");
    expect(ruleFor({ closureReason: "victimWithdrew", firstContactAt: new Date() })).toBe("closed");
    expect(ruleFor({ closureReason: "completed", firstContactAt: null })).toBe("closed");
    expect(dueAt({ closedAt, closureReason: "victimWithdrew", firstContactAt: null }, policy)!.toISOString()).toBe(
      "2026-04-01T00:00:00.000Z",
    );
    expect(dueAt({ closedAt, closureReason: "completed", firstContactAt: null }, policy)!.toISOString()).toBe(
      "2028-01-01T00:00:00.000Z",
    );
    expect(dueAt({ closedAt: null, closureReason: null, firstContactAt: null }, policy)).toBeNull();
  });
});

describe("subject access searches", () => {
  it("compare UK phone numbers however they were written", () => {
    expect(normalisePhone("+44 (0)151 496 0000")).toBe("01514960000");
    expect(normalisePhone("+44 151 496 0000")).toBe("01514960000");
    expect(normalisePhone("0044 7700 900123")).toBe("07700900123");
    expect(normalisePhone("07700-900-123")).toBe("07700900123");
  });

  it("explain a search that cannot work", () => {
    expect(searchProblem({ by: "reference", term: " " })).toBe("Enter a reference, an email address or a phone number");
    expect(searchProblem({ by: "reference", term: "RJ-1234" })).toBe("Enter a reference in the format RJ-XXXX-XXXX");
    expect(searchProblem({ by: "email", term: "nobody" })).toBe(
      "Enter an email address in the correct format, like name@example.com",
    );
    expect(searchProblem({ by: "phone", term: "0151" })).toBe(
      "Enter a phone number with at least 10 digits, like 0151 496 0000",
    );
    expect(searchProblem({ by: "phone", term: "0151 496 0000" })).toBeUndefined();
  });
});
