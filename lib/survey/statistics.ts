/**
 * The statistics of the survey figures (pure): a share with its 95% Wilson
 * score interval (which stays inside 0 to 100% and is honest for small
 * groups, unlike the textbook ± interval), the average paired change from the
 * start to after the case, and the rule that no group under 5 people is shown.
 */

/** The smallest group whose figures are shown: fewer could identify someone. */
export const SMALLEST_GROUP = 5;

/** z for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

export type Interval = { low: number; high: number };

/** The Wilson score interval for `successes` out of `n` (as fractions 0..1), or null for n = 0. */
export function wilsonInterval(successes: number, n: number, z = Z95): Interval | null {
  if (!Number.isInteger(n) || n <= 0) return null;
  if (!Number.isInteger(successes) || successes < 0 || successes > n) throw new RangeError("successes must be 0..n");
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At the edges the interval touches 0 or 1 exactly; rounding must not push it past them.
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === n ? 1 : Math.min(1, centre + half),
  };
}

export type ShareFigure =
  { shown: false; n: number } | { shown: true; n: number; successes: number; share: number; interval: Interval };

/** A share as the figures show it: hidden for a group under 5. */
export function shareFigure(successes: number, n: number): ShareFigure {
  if (n < SMALLEST_GROUP) return { shown: false, n };
  return { shown: true, n, successes, share: successes / n, interval: wilsonInterval(successes, n)! };
}

export type ChangeFigure =
  { shown: false; n: number } | { shown: true; n: number; before: number; after: number; change: number };

/**
 * The average change on a 0–10 scale for people who answered both times
 * (pairs with an answer missing on either side are left out), hidden under 5.
 */
export function pairedChange(pairs: Array<{ before: number | null; after: number | null }>): ChangeFigure {
  const both = pairs.filter((p): p is { before: number; after: number } => p.before !== null && p.after !== null);
  if (both.length < SMALLEST_GROUP) return { shown: false, n: both.length };
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const before = mean(both.map((p) => p.before));
  const after = mean(both.map((p) => p.after));
  return { shown: true, n: both.length, before, after, change: mean(both.map((p) => p.after - p.before)) };
}

/** "85% (78% to 90%), 120 people", or the words for a group too small to show. */
export function shareWords(figure: ShareFigure): string {
  if (!figure.shown) return "too few answers to show";
  const pc = (x: number) => `${Math.round(x * 100)}%`;
  return `${pc(figure.share)} (${pc(figure.interval.low)} to ${pc(figure.interval.high)}), ${figure.n} people`;
}
