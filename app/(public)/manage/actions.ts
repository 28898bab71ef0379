"use server";

/**
 * "Manage your request": the way back in, and each change. Every action works
 * as a plain form without JavaScript; only codes, never personal data, travel
 * in addresses.
 */
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/form-state";
import { getDatabase } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-address";
import { getQueue } from "@/lib/jobs/queue";
import { openWithLink, requestManageLink } from "@/lib/person/access";
import { allowLinkRequest, signInWithCode } from "@/lib/person/limits";
import { env } from "@/lib/env";
import { CODE_SIGN_IN_FIELDS, LINK_REQUEST_FIELDS, PAUSE_FIELDS, WITHDRAW_FIELDS } from "@/lib/person/person-fields";
import { MANAGE_BASE, personReferralOrRedirect, setPersonSession, signOutPerson } from "@/lib/person/person-session";
import { changeContact, pauseRequest, resumeRequest, withdrawRequest, type ChangeOutcome } from "@/lib/person/requests";
import { codeSignInSchema, linkRequestSchema } from "@/lib/person/schemas";
import { STEPS } from "@/lib/referrals/questions";
import { firstErrors, readStepForm } from "@/lib/referrals/read-form";
import { whenToTryAgain } from "@/lib/referrals/when-to-try-again";

const tooMany = (retryAt: Date) => `You have tried too many times. Try again after ${whenToTryAgain(retryAt)}, or call us`;

export async function requestLinkAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = readStepForm(LINK_REQUEST_FIELDS, formData);
  const parsed = linkRequestSchema.safeParse(values);
  if (!parsed.success) return { values, errors: firstErrors(parsed.error.issues) };
  const { prisma } = await getDatabase();
  const address = await clientAddress();
  const retryAt = await allowLinkRequest(prisma, address);
  if (retryAt) return { values, errors: { reference: tooMany(retryAt) } };
  await requestManageLink(prisma, getQueue(), { ...parsed.data, ipAddress: address }, { providerEmail: env().providerEmail });
  // The same page whether or not the details matched.
  redirect(`${MANAGE_BASE}/check-your-email`);
}

export async function openWithCodeAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = readStepForm(CODE_SIGN_IN_FIELDS, formData);
  const parsed = codeSignInSchema.safeParse(values);
  // The code is never sent back to the page.
  const keep = { codeReference: values.codeReference ?? "" };
  if (!parsed.success) return { values: keep, errors: firstErrors(parsed.error.issues) };
  const { prisma } = await getDatabase();
  const address = await clientAddress();
  const opened = await signInWithCode(prisma, { reference: parsed.data.codeReference, code: parsed.data.code, address }, { boss: getQueue(), providerEmail: env().providerEmail });
  if (!opened.ok && opened.problem === "too-many") return { values: keep, errors: { codeReference: tooMany(opened.retryAt) } };
  if (!opened.ok) return { values: keep, errors: { code: "The reference number or private code is not right. Check them and try again, or call us" } };
  await setPersonSession(opened.sessionToken);
  redirect(`${MANAGE_BASE}/request`);
}

export async function continueWithLinkAction(token: string): Promise<void> {
  const { prisma } = await getDatabase();
  const opened = await openWithLink(prisma, token, await clientAddress());
  if (!opened.ok) redirect(`${MANAGE_BASE}/link-problem?problem=${opened.problem}`);
  await setPersonSession(opened.sessionToken);
  redirect(`${MANAGE_BASE}/request`);
}

/** After a change: the errors to show, or back to the request with what was done. */
function afterChange(outcome: ChangeOutcome, values: FormState["values"], done: string): FormState {
  if (!outcome.ok && "errors" in outcome) return { values, errors: outcome.errors };
  redirect(`${MANAGE_BASE}/request${outcome.ok ? `?done=${done}` : ""}`);
}

export async function changeContactAction(_state: FormState, formData: FormData): Promise<FormState> {
  const referralId = await personReferralOrRedirect();
  const values = readStepForm(STEPS["safe-contact"].fields, formData);
  const { prisma } = await getDatabase();
  return afterChange(await changeContact(prisma, getQueue(), referralId, values, await clientAddress()), values, "contact");
}

export async function pauseAction(_state: FormState, formData: FormData): Promise<FormState> {
  const referralId = await personReferralOrRedirect();
  const values = readStepForm(PAUSE_FIELDS, formData);
  const { prisma } = await getDatabase();
  return afterChange(await pauseRequest(prisma, getQueue(), referralId, values, await clientAddress()), values, "paused");
}

export async function resumeAction(): Promise<void> {
  const referralId = await personReferralOrRedirect();
  const { prisma } = await getDatabase();
  afterChange(await resumeRequest(prisma, getQueue(), referralId, await clientAddress()), {}, "resumed");
}

export async function withdrawAction(_state: FormState, formData: FormData): Promise<FormState> {
  const referralId = await personReferralOrRedirect();
  const values = readStepForm(WITHDRAW_FIELDS, formData);
  const { prisma } = await getDatabase();
  return afterChange(await withdrawRequest(prisma, getQueue(), referralId, values, await clientAddress()), values, "withdrawn");
}

export async function signOutPersonAction(): Promise<void> {
  await signOutPerson();
  redirect(`${MANAGE_BASE}?signed-out=1`);
}
