/** Dates as the provider reads them: UK time, whatever the server's time zone. */
export function formatDateTime(value: Date): string {
  return value.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });
}

export function formatDate(value: Date): string {
  return value.toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "Europe/London" });
}

/** yyyy-mm-dd in UK time, for file names and date fields. */
export function isoDate(value: Date): string {
  return value.toLocaleDateString("en-CA", { timeZone: "Europe/London" });
}
