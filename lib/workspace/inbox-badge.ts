import type { Status } from "@/lib/referrals/status-rules";
import { ukDaysBetween } from "@/lib/dates";

/** "Due in 2 days", "Due today", "Overdue" for an open case not yet closed. */
export function firstContactBadge(due: Date | null, status: Status, now = new Date()): { text: string; overdue: boolean } | null {
  if (!due || status !== "NEW") return null;
  const days = ukDaysBetween(now, due);
  if (days < 0 || (days === 0 && due < now)) return { text: "Overdue", overdue: true };
  if (days === 0) return { text: "Due today", overdue: false };
  return { text: `Due in ${days} ${days === 1 ? "day" : "days"}`, overdue: false };
}
