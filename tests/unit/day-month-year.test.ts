import { readDayMonthYear } from "@/lib/forms/day-month-year";
import { pauseSchemaFor } from "@/lib/person/schemas";

describe("a date typed as day, month and year", () => {
  it("reads the day the person meant, whatever their browser's order", () => {
    expect(readDayMonthYear({ day: "12", month: "1", year: "2027" })).toEqual({ day: "2027-01-12", problems: [] });
    expect(readDayMonthYear({ day: " 01 ", month: "12", year: "2026" })).toEqual({ day: "2026-12-01", problems: [] });
  });

  it("names every box that is wrong at once", () => {
    expect(readDayMonthYear({ day: "", month: "13", year: "27" }).problems).toEqual([
      { part: "day", problem: "missing" },
      { part: "month", problem: "invalid" },
      { part: "year", problem: "invalid" },
    ]);
    expect(readDayMonthYear({ day: "x", month: "", year: "2027" }).problems).toEqual([
      { part: "day", problem: "invalid" },
      { part: "month", problem: "missing" },
    ]);
  });

  it("says so once when nothing is typed, and when each box is right but the day does not exist", () => {
    expect(readDayMonthYear({ day: " ", month: "", year: "" }).problems).toEqual([{ part: "day", problem: "empty" }]);
    expect(readDayMonthYear({ day: "31", month: "2", year: "2027" }).problems).toEqual([
      { part: "day", problem: "not-real" },
    ]);
    expect(readDayMonthYear({ day: "29", month: "2", year: "2028" })).toEqual({ day: "2028-02-29", problems: [] });
  });
});

describe("the pause date's messages", () => {
  const schema = pauseSchemaFor(() => "2026-12-06");
  const errorsOf = (boxes: Record<string, string>) => {
    const parsed = schema.safeParse({ untilDay: "", untilMonth: "", untilYear: "", reason: "", ...boxes });
    return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
  };

  it("stores the day as meant, and says what is wrong with each box at once", () => {
    expect(schema.parse({ untilDay: "12", untilMonth: "1", untilYear: "2027", reason: "" }).until).toBe("2027-01-12");
    expect(errorsOf({})).toEqual({ untilDay: "Enter the date we may contact you again" });
    expect(errorsOf({ untilMonth: "13", untilYear: "2099" })).toEqual({
      untilDay: "The date must include a day",
      untilMonth: "Month must be a number from 1 to 12",
      untilYear: "The date must be no later than 7 Jun 2027 (6 months from today)",
    });
    expect(errorsOf({ untilDay: "31", untilMonth: "2", untilYear: "2027" })).toEqual({
      untilDay: "The date must be a real date, like 12 1 2027",
    });
    expect(errorsOf({ untilDay: "6", untilMonth: "12", untilYear: "2026" })).toEqual({
      untilDay: "The date must be after today",
    });
    expect(errorsOf({ untilDay: "7", untilMonth: "6", untilYear: "2027" })).toEqual({});
    expect(errorsOf({ untilDay: "8", untilMonth: "6", untilYear: "2027" })).toEqual({
      untilDay: "The date must be no later than 7 Jun 2027 (6 months from today)",
    });
  });
});
