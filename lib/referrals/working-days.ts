/**
 * Adding working days (Monday to Friday) for the first-contact target.
 * Bank holidays are not counted as such: they are not in any data the
 * service has, and the target is a promise to do better than, not a deadline.
 */
export function addWorkingDays(start: Date, days: number): Date {
  const result = new Date(start.getTime());
  let added = 0;
  while (added < days) {
    result.setUTCDate(result.getUTCDate() + 1);
    const weekday = result.getUTCDay();
    if (weekday !== 0 && weekday !== 6) added += 1;
  }
  return result;
}
