"use server";

/**
 * Staff account actions. Each one checks, itself, that a fully signed-in
 * administrator is asking (the services check again), then calls one service
 * and comes back to the page with a short code saying what happened: never a
 * name or an email address in the address bar.
 */
import { redirect } from "next/navigation";
import type { FormState } from "@/components/form/types";
import { inviteFormSchema, roleFormSchema } from "@/lib/admin/schemas";
import { ACCOUNT_MESSAGES, changeRole, inviteStaff, resendInvitation, resetTwoFactor, setAccountDisabled, type AccountResult } from "@/lib/admin/staff-accounts";
import { authoriseStaff, clientAddress, NotAuthorisedError } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";
import { getQueue } from "@/lib/jobs/queue";
import { firstErrors } from "@/lib/referrals/read-form";

const SIGN_IN_AGAIN: FormState = { values: {}, errors: { form: "Your session has ended. Sign in again, then try again" } };

async function admin() {
  try {
    return await authoriseStaff({ role: "ADMIN" });
  } catch (error) {
    if (error instanceof NotAuthorisedError) return null;
    throw error;
  }
}

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

const accountPage = (userId: string) => `/staff/admin/staff/${encodeURIComponent(userId)}`;

/** Back to the account page, with a code for what happened (the page has the words). */
function outcome(result: AccountResult, userId: string, done: string): never {
  const error = result.ok ? undefined : Object.entries(ACCOUNT_MESSAGES).find(([, message]) => message === result.message)?.[0];
  redirect(`${accountPage(userId)}?${error ? `error=${error}` : `done=${done}`}`);
}

export async function inviteAction(_state: FormState, formData: FormData): Promise<FormState> {
  const staff = await admin();
  if (!staff) return SIGN_IN_AGAIN;
  const values = { name: text(formData, "name"), email: text(formData, "email"), role: text(formData, "role") };
  const parsed = inviteFormSchema.safeParse(values);
  if (!parsed.success) return { values, errors: firstErrors(parsed.error.issues) };
  const prisma = (await getDatabase()).prisma;
  const result = await inviteStaff(prisma, getQueue(), staff, { ...parsed.data, ipAddress: await clientAddress() });
  if (!result.ok) return { values, errors: { [result.field]: result.message } };
  redirect(`${accountPage(result.userId!)}?done=invited`);
}

export async function changeRoleAction(userId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const staff = await admin();
  if (!staff) return SIGN_IN_AGAIN;
  const values = { role: text(formData, "role") };
  const parsed = roleFormSchema.safeParse(values);
  if (!parsed.success) return { values, errors: firstErrors(parsed.error.issues) };
  const result = await changeRole((await getDatabase()).prisma, staff, { userId, role: parsed.data.role, ipAddress: await clientAddress() });
  if (!result.ok) return { values, errors: { [result.field]: result.message } };
  redirect(`${accountPage(userId)}?done=role`);
}

/** The one-button actions: disable, enable, reset two-factor, send a new invitation. */
export async function accountButtonAction(userId: string, formData: FormData): Promise<void> {
  const staff = await admin();
  if (!staff) redirect(`/staff/sign-in?next=${encodeURIComponent(accountPage(userId))}`);
  const prisma = (await getDatabase()).prisma;
  const ipAddress = await clientAddress();
  switch (text(formData, "do")) {
    case "disable": return outcome(await setAccountDisabled(prisma, staff, { userId, disabled: true, ipAddress }), userId, "disabled");
    case "enable": return outcome(await setAccountDisabled(prisma, staff, { userId, disabled: false, ipAddress }), userId, "enabled");
    case "reset-two-factor": return outcome(await resetTwoFactor(prisma, staff, { userId, ipAddress }), userId, "two-factor-reset");
    case "resend": return outcome(await resendInvitation(prisma, getQueue(), staff, { userId, ipAddress }), userId, "invited");
    default: redirect(accountPage(userId));
  }
}
