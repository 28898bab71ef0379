import type { Status } from "@/lib/referrals/status-rules";

/** "Due in 2 days", "Due today", "Overdue" for an open case not yet closed. */
export function firstContactBadge(due: Date | null, status: Status, now = new Date()): { text: string; overdue: boolean } | null {
  if (!due || status !== "NEW") return null;
  const day = (d: Date) => Math.floor(new Date(d.toLocaleString("en-US", { timeZone: "Europe/London" })).getTime() / 86_400_000);
  const days = day(due) - day(now);
  if (days < 0 || (days === 0 && due < now)) return { text: "Overdue", overdue: true };
  if (days === 0) return { text: "Due today", overdue: false };
  return { text: `Due in ${days} ${days === 1 ? "day" : "days"}`, overdue: false };
}
