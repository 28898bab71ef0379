"use server";

/**
 * A referral's case actions. Each one checks, itself, that a fully signed-in
 * member of staff is asking (authoriseStaff), then calls one service.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/form/types";
import { authoriseStaff, clientAddress, NotAuthorisedError } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";
import { getQueue } from "@/lib/jobs/queue";
import { requeueProviderEmail } from "@/lib/referrals/delivery/requeue-provider-email";
import { firstErrors } from "@/lib/referrals/read-form";
import type { Status } from "@/lib/referrals/status-rules";
import { addNote, recordContactAttempt, setSensitive } from "@/lib/workspace/add-note";
import { assignReferral } from "@/lib/workspace/assign-referral";
import type { CaseChangeResult } from "@/lib/workspace/case-change";
import { CASE_SCHEMAS, type CaseFormKind } from "@/lib/workspace/case-schemas";
import { changeStatus } from "@/lib/workspace/change-status";

const SIGN_IN_AGAIN: FormState = { values: {}, errors: { form: "Your session has ended. Sign in again, then try again" } };

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}

async function run(
  kind: CaseFormKind,
  referralId: string,
  formData: FormData,
  service: (input: Record<string, unknown>, common: { referralId: string; version: number; ipAddress: string }) => Promise<CaseChangeResult>,
): Promise<FormState> {
  try {
    await authoriseStaff();
  } catch (error) {
    if (error instanceof NotAuthorisedError) return SIGN_IN_AGAIN;
    throw error;
  }
  const values = formValues(formData);
  const parsed = CASE_SCHEMAS[kind].safeParse(values);
  if (!parsed.success) return { values, errors: firstErrors(parsed.error.issues) };
  const version = Number(values.version);
  const result = await service(parsed.data as Record<string, unknown>, { referralId, version: Number.isInteger(version) ? version : -1, ipAddress: await clientAddress() });
  if (!result.ok) return { values, errors: { [result.field ?? "form"]: result.message } };
  revalidatePath(`/staff/referrals/${referralId}`);
  return { values: {}, errors: {} };
}

const db = async () => (await getDatabase()).prisma;

export async function changeStatusAction(referralId: string, _state: FormState, formData: FormData) {
  return run("status", referralId, formData, async (input, common) =>
    changeStatus(await db(), await authoriseStaff(), { ...common, to: input.to as Status, closureReason: input.closureReason as string | undefined, note: input.statusReason as string | undefined }));
}

export async function assignAction(referralId: string, _state: FormState, formData: FormData) {
  return run("assign", referralId, formData, async (input, common) =>
    assignReferral(await db(), await authoriseStaff(), { ...common, assigneeId: String(input.assigneeId), reason: input.assignReason as string | undefined }));
}

export async function addNoteAction(referralId: string, _state: FormState, formData: FormData) {
  return run("note", referralId, formData, async (input, common) => addNote(await db(), await authoriseStaff(), { ...common, text: String(input.text) }));
}

export async function contactAttemptAction(referralId: string, _state: FormState, formData: FormData) {
  return run("contact", referralId, formData, async (input, common) =>
    recordContactAttempt(await db(), await authoriseStaff(), { ...common, channel: String(input.channel), outcome: String(input.outcome), note: input.contactNote as string | undefined }));
}

export async function sensitiveAction(referralId: string, _state: FormState, formData: FormData) {
  return run("sensitive", referralId, formData, async (input, common) =>
    setSensitive(await db(), await authoriseStaff(), { ...common, sensitive: Boolean(input.sensitive), reason: input.sensitiveReason as string | undefined }));
}

/** Sends the provider email again after it failed for good. */
export async function resendEmailAction(referralId: string): Promise<void> {
  const staff = await authoriseStaff().catch(() => null);
  if (!staff) redirect(`/staff/sign-in?next=${encodeURIComponent(`/staff/referrals/${referralId}`)}`);
  const prisma = await db();
  if (await requeueProviderEmail(prisma, getQueue(), referralId)) {
    const { recordAudit } = await import("@/lib/audit/record");
    await recordAudit(prisma, { action: "referral.email-resent", actorId: staff.userId, referralId, ipAddress: await clientAddress() });
    await prisma.referralEvent.create({ data: { referralId, actorId: staff.userId, type: "EMAIL_RESENT" } });
  }
  revalidatePath(`/staff/referrals/${referralId}`);
}
