"use server";

/**
 * Subject access and erasure on request. Searching is a POST answered in the
 * page (never an address with someone's email or phone number in it).
 */
import { redirect } from "next/navigation";
import type { PersonSearchState } from "@/components/admin/person-search";
import type { FormState } from "@/components/form/types";
import { eraseOnRequest } from "@/lib/admin/erasure/erase-referral";
import { eraseFormSchema } from "@/lib/admin/schemas";
import { findPersonReferrals, searchProblem, type PersonSearch } from "@/lib/admin/subject-access";
import { authoriseStaff, clientAddress } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";
import { firstErrors } from "@/lib/referrals/read-form";

const SESSION_ENDED = "Your session has ended. Sign in again, then try again";
const text = (formData: FormData, name: string) => (typeof formData.get(name) === "string" ? (formData.get(name) as string) : "");
const admin = () => authoriseStaff({ role: "ADMIN" }).catch(() => null);

export async function personSearchAction(_state: PersonSearchState, formData: FormData): Promise<PersonSearchState> {
  const by = text(formData, "by");
  const search = { by: (["reference", "email", "phone"].includes(by) ? by : "reference") as PersonSearch["by"], term: text(formData, "term").slice(0, 254) };
  const staff = await admin();
  if (!staff) return { ...search, rows: null, error: SESSION_ENDED };
  const problem = searchProblem(search);
  if (problem) return { ...search, rows: null, error: problem };
  const found = await findPersonReferrals((await getDatabase()).prisma, staff, search, await clientAddress());
  return { ...search, rows: found.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) };
}

export async function eraseAction(referralId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const staff = await admin();
  if (!staff) return { values: {}, errors: { eraseReason: SESSION_ENDED } };
  const values = { eraseReason: text(formData, "eraseReason"), confirmReference: text(formData, "confirmReference") };
  const parsed = eraseFormSchema.safeParse(values);
  if (!parsed.success) return { values, errors: firstErrors(parsed.error.issues) };
  const result = await eraseOnRequest((await getDatabase()).prisma, staff, {
    referralId, confirmReference: parsed.data.confirmReference, reason: parsed.data.eraseReason, ipAddress: await clientAddress(),
  });
  if (!result.ok) return { values, errors: { [result.field === "form" ? "confirmReference" : result.field]: result.message } };
  redirect("/staff/admin/subject-access?done=erased");
}
