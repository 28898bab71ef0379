/**
 * The survey's statistics against reference values: the Wilson interval at
 * the edges (0 of n, n of n, a single answer) and in the middle (values as
 * published tables and R's prop.test(correct = FALSE) give them), the paired
 * change, and, by property, that no group under 5 is ever shown.
 */
import fc from "fast-check";
import { pairedChange, shareFigure, shareWords, SMALLEST_GROUP, wilsonInterval } from "@/lib/survey/statistics";

describe("the Wilson interval", () => {
  it.each([
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [1, 1, 0.2065, 1],
    [0, 1, 0, 0.7935],
    [85, 100, 0.7672, 0.9069],
    [78, 100, 0.6893, 0.85],
    [3, 7, 0.1582, 0.7495],
  ])("%i of %i is %f to %f", (successes, n, low, high) => {
    const interval = wilsonInterval(successes, n)!;
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it("is nothing for no answers, and refuses a count outside 0..n", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(4, 3)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 3)).toThrow(RangeError);
  });

  it("always lies within 0 to 1 and holds the observed share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        ([successes, n]) => {
          const { low, high } = wilsonInterval(successes, n)!;
          const share = successes / n;
          return low >= 0 && high <= 1 && low <= share + 1e-12 && share - 1e-12 <= high && low <= high;
        },
      ),
    );
  });
});

describe("groups under 5", () => {
  it("are never shown, whatever the counts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        ([successes, n]) => {
          const figure = shareFigure(successes, n);
          return n < SMALLEST_GROUP ? !figure.shown && shareWords(figure) === "too few answers to show" : figure.shown;
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            before: fc.option(fc.integer({ min: 0, max: 10 })),
            after: fc.option(fc.integer({ min: 0, max: 10 })),
          }),
          { maxLength: 30 },
        ),
        (pairs) => {
          const both = pairs.filter((p) => p.before !== null && p.after !== null).length;
          const figure = pairedChange(pairs);
          return figure.n === both && figure.shown === both >= SMALLEST_GROUP;
        },
      ),
    );
  });

  it("words a shown share with its interval and count", () => {
    expect(shareWords(shareFigure(85, 100))).toBe("85% (77% to 91%), 100 people");
  });
});

describe("the paired change", () => {
  it("averages the change for people who answered both times, leaving out a missing answer", () => {
    const figure = pairedChange([
      { before: 8, after: 3 },
      { before: 7, after: 4 },
      { before: 9, after: 9 },
      { before: 6, after: 2 },
      { before: 10, after: 5 },
      { before: null, after: 1 }, // "I'd rather not say" at the start
      { before: 5, after: null },
    ]);
    expect(figure).toEqual({ shown: true, n: 5, before: 8, after: 4.6, change: -3.4 });
  });
});
