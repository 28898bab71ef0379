/** The figures' date range from an address's query (dates are not personal data), or the default. */
import { defaultRange, figuresRangeSchema } from "./figures";
import { firstErrors } from "@/lib/referrals/read-form";

export function readFiguresRange(query: Record<string, string | string[] | undefined>, now = new Date()) {
  const one = (name: string) => (typeof query[name] === "string" ? (query[name] as string) : "");
  const values = { from: one("from"), to: one("to") };
  const parsed = figuresRangeSchema.safeParse(values);
  const fallback = defaultRange(now);
  if (!parsed.success) return { values, errors: firstErrors(parsed.error.issues), range: fallback };
  return { values, errors: {}, range: { from: parsed.data.from || fallback.from, to: parsed.data.to || fallback.to } };
}
