"use server";

/**
 * Subject access and erasure on request, through the staff action pipeline
 * (lib/actions/staff-action.ts). Searching is a POST answered in the page
 * (never an address with someone's email or phone number in it).
 */
import { z } from "zod";
import type { PersonSearchState } from "@/components/admin/person-search";
import { formValues, runStep, staffFormAction } from "@/lib/actions/staff-action";
import { eraseOnRequest } from "@/lib/admin/erasure/erase-referral";
import { eraseResponsibleRecord } from "@/lib/responsible/record-rights";
import { env } from "@/lib/env";
import { eraseFormSchema } from "@/lib/admin/schemas";
import { findPersonReferrals } from "@/lib/admin/subject-access";
import { personSearchFields, personSearchSchema } from "@/lib/admin/subject-access-rules";

/** The referral a form is about, fixed into it by its page: an id of ours, or page not found. */
const REFERRAL_ID = z.uuid();

export async function personSearchAction(_state: PersonSearchState, formData: FormData): Promise<PersonSearchState> {
  const values = formValues(formData);
  // What the form shows again: the choice and the words as typed (the schema's own reading of them).
  const search = personSearchFields.parse(values);
  const outcome = await runStep(
    {
      permission: "subject-access.manage",
      schema: personSearchSchema,
      run: ({ prisma, staff, ipAddress }, input) => findPersonReferrals(prisma, staff, input, ipAddress),
    },
    values,
    [],
  );
  if (outcome.kind === "refused") return { ...search, rows: null, error: outcome.error.userMessage };
  if (outcome.kind === "invalid") return { ...search, rows: null, error: Object.values(outcome.errors)[0] };
  return { ...search, rows: outcome.result.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) };
}

export const eraseAction = staffFormAction({
  permission: "subject-access.manage",
  bound: [REFERRAL_ID],
  schema: eraseFormSchema,
  run: async ({ prisma, staff, ipAddress }, input, referralId: string) => {
    const { smtpUrl, dataDir } = env();
    await eraseOnRequest(prisma, staff, {
      referralId,
      confirmReference: input.confirmReference,
      reason: input.eraseReason,
      ipAddress,
      mailDataDir: smtpUrl ? undefined : dataDir,
    });
    return { redirect: "/staff/admin/subject-access?done=erased" };
  },
});

/** The person responsible's record alone: the victim's referral stays. */
export const eraseResponsibleAction = staffFormAction({
  permission: "subject-access.manage",
  bound: [REFERRAL_ID],
  schema: eraseFormSchema,
  run: async ({ prisma, staff, ipAddress }, input, referralId: string) => {
    await eraseResponsibleRecord(prisma, staff, {
      referralId,
      confirmReference: input.confirmReference,
      reason: input.eraseReason,
      ipAddress,
    });
    return { redirect: `/staff/referrals/${referralId}/person-responsible?done=erased#top` };
  },
});
