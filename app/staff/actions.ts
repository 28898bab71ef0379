"use server";

/**
 * Staff sign-in actions. Thin: each reads its form, checks it with the shared
 * schema, and calls a service in lib/auth. Passwords are never sent back to
 * the page, even when there is an error.
 */
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/form-state";
import { completeSetup } from "@/lib/auth/accounts";
import { messageFor } from "@/lib/errors/app-error";
import { codeSchema, setPasswordSchema, signInSchema } from "@/lib/auth/schemas";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { currentStaff, sessionLimits, setStaffCookie } from "@/lib/auth/staff-session";
import { attempt, publicAction } from "@/lib/actions/public-action";
import type { SearchState } from "@/components/staff/inbox-search";
import type { EnrolState } from "@/components/staff/enrol-state";
import { formValues, runStep } from "@/lib/actions/staff-action";
import { searchInbox } from "@/lib/workspace/inbox";
import { asString } from "@/lib/forms/schema-helpers";
import { z } from "zod";
import { confirmEnrolment, issueRecoveryCodes, verifySecondFactor } from "@/lib/auth/two-factor";
import { enqueue } from "@/lib/jobs/queue";
import { signInAlertJob } from "@/lib/auth/sign-in-alert-job";
import { firstErrors } from "@/lib/referrals/read-form";

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** A set-up link's token as our emails write it (base64url, 256 bits). */
const SETUP_TOKEN = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

/** Only paths inside the workspace: never an address elsewhere (open redirect). */
function safeNext(value: string): string {
  return /^\/staff(\/[\w/-]*)?$/.test(value) ? value : "/staff";
}

/** The set-up link's token is fixed into the form: parsed as one before anything else. */
export const setPasswordAction = publicAction(
  { bound: [SETUP_TOKEN] },
  async ({ prisma, ipAddress }, token: string, _state: FormState, formData: FormData): Promise<FormState> => {
    const input = { password: field(formData, "password"), confirm: field(formData, "confirm") };
    const parsed = setPasswordSchema.safeParse(input);
    if (!parsed.success) return { values: {}, errors: firstErrors(parsed.error.issues) };
    const outcome = await attempt(() => completeSetup(prisma, { token, ...input, ipAddress }));
    if ("refused" in outcome) return { values: {}, errors: outcome.refused };
    redirect("/staff/sign-in?password=set");
  },
);

export const signInAction = publicAction(
  {},
  async ({ prisma, ipAddress, queue }, _state: FormState, formData: FormData): Promise<FormState> => {
    const input = { email: field(formData, "email"), password: field(formData, "password") };
    const values = { email: input.email };
    const parsed = signInSchema.safeParse(input);
    if (!parsed.success) return { values, errors: firstErrors(parsed.error.issues) };
    const outcome = await attempt(() =>
      signInWithPassword(
        prisma,
        { email: parsed.data.email, password: parsed.data.password, ipAddress },
        sessionLimits(),
        new Date(),
        { onRepeatedFailures: async (userId) => void (await enqueue(queue(), signInAlertJob, { userId })) },
      ),
    );
    if ("refused" in outcome) return { values, errors: outcome.refused };
    const result = outcome.done;
    await setStaffCookie(result.sessionToken);
    const next = safeNext(field(formData, "next"));
    redirect(
      result.next === "enrol" ? "/staff/two-factor/enrol" : `/staff/two-factor?next=${encodeURIComponent(next)}`,
    );
  },
);

/** The second step: the session from the password step, not yet an AuthorisedStaff. */
export const verifyCodeAction = publicAction(
  {},
  async ({ prisma, ipAddress }, _state: FormState, formData: FormData): Promise<FormState> => {
    const staff = await currentStaff();
    if (!staff) redirect("/staff/sign-in");
    const parsed = codeSchema.safeParse({ code: field(formData, "code") });
    if (!parsed.success) return { values: {}, errors: firstErrors(parsed.error.issues) };
    const sessionToken = await verifySecondFactor(prisma, staff, parsed.data.code, ipAddress);
    if (!sessionToken) {
      if (!(await currentStaff())) redirect("/staff/sign-in");
      return { values: {}, errors: { code: messageFor("two-factor.failed") } };
    }
    // Signed in now: a new token, so the one from the password step is worth nothing.
    await setStaffCookie(sessionToken);
    redirect(safeNext(field(formData, "next")));
  },
);

export type { EnrolState };

export const confirmEnrolmentAction = publicAction(
  {},
  async ({ prisma, ipAddress }, _state: EnrolState, formData: FormData): Promise<EnrolState> => {
    const staff = await currentStaff();
    if (!staff) redirect("/staff/sign-in");
    const parsed = codeSchema.safeParse({ code: field(formData, "code") });
    if (!parsed.success) return { errors: firstErrors(parsed.error.issues) };
    const result = await attempt(() => confirmEnrolment(prisma, staff, parsed.data.code, ipAddress));
    if ("refused" in result) return { errors: result.refused };
    await setStaffCookie(result.done.sessionToken);
    redirect("/staff/two-factor/recovery-codes");
  },
);

/** A new set of recovery codes, replacing the old ones; shown in the page that asked. */
export async function newRecoveryCodesAction(_state: EnrolState, formData: FormData): Promise<EnrolState> {
  const outcome = await runStep(
    {
      permission: "two-factor.recovery-codes",
      schema: z.object({}),
      run: ({ prisma, staff, ipAddress }) => issueRecoveryCodes(prisma, staff, ipAddress),
    },
    formValues(formData),
    [],
  );
  if (outcome.kind !== "done") redirect("/staff/sign-in");
  return { errors: {}, recoveryCodes: outcome.result };
}

const searchSchema = z.object({
  term: z.preprocess(asString, z.string().trim().max(100).min(1, "Enter a reference or a name")),
});

/** Search by reference or name, answered in the page (never in an address or a log). */
export async function searchInboxAction(_state: SearchState, formData: FormData): Promise<SearchState> {
  const values = formValues(formData);
  const term = String(values.term ?? "")
    .trim()
    .slice(0, 100);
  const outcome = await runStep(
    {
      permission: "inbox.read",
      schema: searchSchema,
      run: ({ prisma, staff, ipAddress }, input) => searchInbox(prisma, staff, input.term, ipAddress),
    },
    values,
    [],
  );
  if (outcome.kind === "refused") return { term: "", rows: null, error: outcome.error.userMessage };
  if (outcome.kind === "invalid") return { term, rows: null, error: Object.values(outcome.errors)[0] };
  return { term, rows: outcome.result };
}
