/**
 * What an administrator asks to export: received dates, statuses, minimised or
 * full (with a reason). Read from the export form by the route handler, and
 * from the address by the page when it shows the form again after an error.
 */
import { z } from "zod";
import { isRealDay, ukDayEnd, ukDayStart } from "@/lib/dates";
import { STATUSES } from "@/lib/referrals/status-rules";
import { EVEN_WITH_OTHER_ERRORS } from "@/lib/forms/schema-helpers";

export const EXPORT_MESSAGES = {
  from: "Enter the start date as a real date, for example 2026-01-31",
  to: "Enter the end date as a real date, for example 2026-12-31",
  order: "The start date must be the same as or before the end date",
  status: "Select statuses from the list",
  mode: "Select minimised or full",
  reason: "Enter why you need a full export, with names and contact details",
  reasonTooLong: "The reason must be 500 characters or fewer",
} as const;

const isoDay = (message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === "" || isRealDay(value), message)
    .transform((value) => value || undefined);

export const exportRequestSchema = z
  .object({
    from: isoDay(EXPORT_MESSAGES.from),
    to: isoDay(EXPORT_MESSAGES.to),
    status: z.array(z.enum(STATUSES, { message: EXPORT_MESSAGES.status })),
    mode: z.enum(["minimised", "full"], { message: EXPORT_MESSAGES.mode }),
    reason: z.string().trim().max(500, EXPORT_MESSAGES.reasonTooLong),
  })
  .superRefine((value, ctx) => {
    // Every error at once: these run even when a date is wrong, so they check what they use.
    const day = (v: unknown) => (typeof v === "string" && isRealDay(v) ? v : undefined);
    const [from, to] = [day(value.from), day(value.to)];
    if (from && to && from > to) ctx.addIssue({ code: "custom", path: ["to"], message: EXPORT_MESSAGES.order });
    if (value.mode === "full" && String(value.reason ?? "").trim() === "")
      ctx.addIssue({ code: "custom", path: ["reason"], message: EXPORT_MESSAGES.reason });
  }, EVEN_WITH_OTHER_ERRORS);

export type ExportRequest = z.infer<typeof exportRequestSchema>;

/** The form's fields as the schema reads them; anything missing counts as empty. */
export function readExportForm(get: (name: string) => string | null, getAll: (name: string) => string[]) {
  return {
    from: get("from") ?? "",
    to: get("to") ?? "",
    status: getAll("status"),
    mode: get("mode") || "minimised",
    reason: get("reason") ?? "",
  };
}

/** The received-date bounds as instants: from the start of the first UK day to the end of the last. */
export function receivedBounds(request: Pick<ExportRequest, "from" | "to">): { from?: Date; to?: Date } {
  return {
    from: request.from ? ukDayStart(request.from) : undefined,
    to: request.to ? ukDayEnd(request.to) : undefined,
  };
}
