/** The rules of a subject-access search, without the database: what may be searched, and phone numbers in one form. */
import { z } from "zod";
import { normalisePhone } from "@/lib/forms/phone";
import { REFERENCE_PATTERN } from "@/lib/referrals/reference";

export type PersonSearch = { by: "reference" | "email" | "phone"; term: string };

export function searchProblem(search: PersonSearch): string | undefined {
  const term = search.term.trim();
  if (!term) return "Enter a reference, an email address or a phone number";
  if (search.by === "reference" && !REFERENCE_PATTERN.test(term.toUpperCase()))
    return "Enter a reference in the format RJ-XXXX-XXXX";
  if (search.by === "email" && !/^[^\s@]+@[^\s@]+$/.test(term))
    return "Enter an email address in the correct format, like name@example.com";
  if (search.by === "phone" && normalisePhone(term).length < 10)
    return "Enter a phone number with at least 10 digits, like 0151 496 0000";
  return undefined;
}

/** The search form as typed: how (reference if unreadable), and what. */
export const personSearchFields = z.object({
  by: z.enum(["reference", "email", "phone"]).catch("reference"),
  term: z
    .string()
    .catch("")
    .transform((term) => term.slice(0, 254)),
});

/** The search form, checked: one message, by the search box, for anything wrong. */
export const personSearchSchema = personSearchFields.superRefine((search, ctx) => {
  const problem = searchProblem(search);
  if (problem) ctx.addIssue({ code: "custom", path: ["term"], message: problem });
});
