"use server";

/**
 * A referral's case actions, through the staff action pipeline
 * (lib/actions/staff-action.ts): permission, the form's schema, one service.
 */
import { z } from "zod";
import { env } from "@/lib/env";
import { staffButtonAction, staffFormAction } from "@/lib/actions/staff-action";
import { resendProviderEmail } from "@/lib/referrals/delivery/requeue-provider-email";
import { addNote, setSensitive } from "@/lib/workspace/add-note";
import { recordContactAttempt } from "@/lib/workspace/record-contact-attempt";
import { assignReferral } from "@/lib/workspace/assign-referral";
import { CASE_SCHEMAS } from "@/lib/workspace/case-schemas";
import { changeStatus } from "@/lib/workspace/change-status";

/**
 * The version of the referral the page showed, sent back with every change
 * (a hidden field): anything unreadable counts as out of date, so the person
 * is told to reload rather than overwrite someone else's change.
 */
const withVersion = <S extends z.ZodType>(schema: S) =>
  z.intersection(schema, z.object({ version: z.preprocess((v) => (Number.isInteger(Number(v)) && v !== "" ? Number(v) : -1), z.number()) }));

const casePage = (referralId: string) => `/staff/referrals/${referralId}`;

export const changeStatusAction = staffFormAction({
  permission: "referral.change",
  schema: withVersion(CASE_SCHEMAS.status),
  run: async ({ prisma, staff, ipAddress }, input, referralId: string) => {
    await changeStatus(prisma, staff, { referralId, version: input.version, to: input.to, closureReason: input.closureReason, note: input.statusReason, ipAddress });
    return { revalidate: casePage(referralId) };
  },
});

export const assignAction = staffFormAction({
  permission: "referral.change",
  schema: withVersion(CASE_SCHEMAS.assign),
  run: async ({ prisma, staff, ipAddress }, input, referralId: string) => {
    await assignReferral(prisma, staff, { referralId, version: input.version, assigneeId: input.assigneeId, reason: input.assignReason, ipAddress });
    return { revalidate: casePage(referralId) };
  },
});

export const addNoteAction = staffFormAction({
  permission: "referral.change",
  schema: withVersion(CASE_SCHEMAS.note),
  run: async ({ prisma, staff, ipAddress }, input, referralId: string) => {
    await addNote(prisma, staff, { referralId, version: input.version, text: input.text, ipAddress });
    return { revalidate: casePage(referralId) };
  },
});

export const contactAttemptAction = staffFormAction({
  permission: "referral.change",
  schema: withVersion(CASE_SCHEMAS.contact),
  run: async ({ prisma, staff, ipAddress }, input, referralId: string) => {
    await recordContactAttempt(
      prisma, staff,
      { referralId, version: input.version, channel: input.channel, outcome: input.outcome, note: input.contactNote, otherChannelReason: input.otherChannelReason, ipAddress },
      { promise: env().firstContactPromise },
    );
    return { revalidate: casePage(referralId) };
  },
});

export const sensitiveAction = staffFormAction({
  permission: "referral.change",
  schema: withVersion(CASE_SCHEMAS.sensitive),
  run: async ({ prisma, staff, ipAddress }, input, referralId: string) => {
    await setSensitive(prisma, staff, { referralId, version: input.version, sensitive: input.sensitive, reason: input.sensitiveReason, ipAddress });
    return { revalidate: casePage(referralId) };
  },
});

/** Sends the provider email again after it failed for good. */
export const resendEmailAction = staffButtonAction({
  permission: "referral.resend-email",
  schema: z.object({}),
  here: casePage,
  run: async ({ prisma, staff, ipAddress, queue }, _input, referralId: string) => {
    await resendProviderEmail(prisma, queue(), staff, { referralId, ipAddress });
    return { revalidate: casePage(referralId) };
  },
});
