"use server";

/**
 * A referral's case actions, through the staff action pipeline
 * (lib/actions/staff-action.ts): permission, the form's schema, one service.
 */
import { z } from "zod";
import { env } from "@/lib/env";
import { staffButtonAction, staffFormAction } from "@/lib/actions/staff-action";
import { resendProviderEmail } from "@/lib/workspace/requeue-provider-email";
import { addNote, setSensitive } from "@/lib/workspace/add-note";
import { recordContactAttempt } from "@/lib/workspace/record-contact-attempt";
import { assignReferral } from "@/lib/workspace/assign-referral";
import { CASE_SCHEMAS } from "@/lib/workspace/case-schemas";
import { changeStatus } from "@/lib/workspace/change-status";
import type { AppError } from "@/lib/errors/app-error";
import type { DoneCode } from "@/lib/workspace/case-done";
import type { CaseChange } from "@/lib/workspace/case-change";
import { markPersonChangesSeen } from "@/lib/workspace/mark-person-changes-seen";
import { setNextStep } from "@/lib/workspace/set-next-step";
import { unassignReferral } from "@/lib/workspace/unassign-referral";

/** The referral a form is about, fixed into it by its page: an id of ours, or page not found. */
const REFERRAL_ID = z.uuid();

/**
 * The version of the referral the page showed, sent back with every change
 * (a hidden field): anything unreadable counts as out of date, so the person
 * is told to reload rather than overwrite someone else's change.
 */
const withVersion = <S extends z.ZodType>(schema: S) =>
  z.intersection(
    schema,
    z.object({ version: z.preprocess((v) => (Number.isInteger(Number(v)) && v !== "" ? Number(v) : -1), z.number()) }),
  );

const casePage = (referralId: string) => `/staff/referrals/${referralId}`;

/**
 * After a change, the page again with what was done (a code, never personal
 * data): it says so at the top, and every form starts afresh (no error from an
 * earlier form left on screen).
 */
const done = (referralId: string, what: DoneCode, change: CaseChange) => ({
  revalidate: casePage(referralId),
  // The new version in the address keys the forms (page.tsx): a refusal keeps the form's state, a success starts afresh.
  redirect: `${casePage(referralId)}?done=${what}&v=${change.version}#top`,
});

export const changeStatusAction = staffFormAction({
  permission: "referral.change",
  bound: [REFERRAL_ID],
  schema: withVersion(CASE_SCHEMAS.status),
  run: async ({ prisma, staff, ipAddress }, input, referralId: string) => {
    const change = await changeStatus(prisma, staff, {
      referralId,
      version: input.version,
      to: input.to,
      closureReason: input.closureReason,
      note: input.statusReason,
      ipAddress,
    });
    return done(referralId, "status", change);
  },
});

export const assignAction = staffFormAction({
  permission: "referral.change",
  bound: [REFERRAL_ID],
  schema: withVersion(CASE_SCHEMAS.assign),
  run: async ({ prisma, staff, ipAddress, queue }, input, referralId: string) => {
    const change = await assignReferral(
      prisma,
      staff,
      { referralId, version: input.version, assigneeId: input.assigneeId, reason: input.assignReason, ipAddress },
      { notify: queue() },
    );
    return done(referralId, "assigned", change);
  },
});

export const addNoteAction = staffFormAction({
  permission: "referral.change",
  bound: [REFERRAL_ID],
  schema: withVersion(CASE_SCHEMAS.note),
  run: async ({ prisma, staff, ipAddress }, input, referralId: string) => {
    const change = await addNote(prisma, staff, { referralId, version: input.version, text: input.text, ipAddress });
    return done(referralId, "note", change);
  },
});

export const contactAttemptAction = staffFormAction({
  permission: "referral.change",
  bound: [REFERRAL_ID],
  schema: withVersion(CASE_SCHEMAS.contact),
  run: async ({ prisma, staff, ipAddress }, input, referralId: string) => {
    const change = await recordContactAttempt(
      prisma,
      staff,
      {
        referralId,
        version: input.version,
        channel: input.channel,
        outcome: input.outcome,
        note: input.contactNote,
        otherChannelReason: input.otherChannelReason,
        ipAddress,
      },
      { promise: env().firstContactPromise },
    );
    return done(referralId, "contact", change);
  },
});

export const sensitiveAction = staffFormAction({
  permission: "referral.change",
  bound: [REFERRAL_ID],
  schema: withVersion(CASE_SCHEMAS.sensitive),
  run: async ({ prisma, staff, ipAddress }, input, referralId: string) => {
    const change = await setSensitive(prisma, staff, {
      referralId,
      version: input.version,
      sensitive: input.sensitive,
      reason: input.sensitiveReason,
      ipAddress,
    });
    return done(referralId, "sensitive", change);
  },
});

export const nextStepAction = staffFormAction({
  permission: "referral.change",
  bound: [REFERRAL_ID],
  schema: withVersion(CASE_SCHEMAS.nextStep),
  run: async ({ prisma, staff, ipAddress }, input, referralId: string) => {
    const change = await setNextStep(prisma, staff, {
      referralId,
      version: input.version,
      step: input.nextStep,
      due: input.nextStepDue,
      ipAddress,
    });
    return done(referralId, "next-step", change);
  },
});

export const unassignAction = staffFormAction({
  permission: "referral.change",
  bound: [REFERRAL_ID],
  schema: withVersion(CASE_SCHEMAS.unassign),
  run: async ({ prisma, staff, ipAddress }, input, referralId: string) => {
    const change = await unassignReferral(prisma, staff, {
      referralId,
      version: input.version,
      reason: input.unassignReason,
      ipAddress,
    });
    return done(referralId, "unassigned", change);
  },
});

/** A refused one-button action comes back to the page with its code, for the page to explain. */
const refusedHere = (error: AppError, referralId: string) => `${casePage(referralId)}?refused=${error.code}#top`;

/** The signed-in member of staff takes an unassigned case. */
export const assignToMeAction = staffButtonAction({
  permission: "referral.change",
  bound: [REFERRAL_ID],
  schema: withVersion(z.object({})),
  here: casePage,
  refused: refusedHere,
  run: async ({ prisma, staff, ipAddress }, input, referralId: string) => {
    const change = await assignReferral(prisma, staff, {
      referralId,
      version: input.version,
      assigneeId: staff.userId,
      ipAddress,
    });
    return done(referralId, "assigned-to-me", change);
  },
});

/** The person's changes have been read: the referral leaves "Changed by the person". */
export const markSeenAction = staffButtonAction({
  permission: "referral.change",
  bound: [REFERRAL_ID],
  schema: withVersion(z.object({})),
  here: casePage,
  refused: refusedHere,
  run: async ({ prisma, staff, ipAddress }, input, referralId: string) => {
    const change = await markPersonChangesSeen(prisma, staff, { referralId, version: input.version, ipAddress });
    return done(referralId, "seen", change);
  },
});

/** Sends the provider email again after it failed for good. */
export const resendEmailAction = staffButtonAction({
  permission: "referral.resend-email",
  bound: [REFERRAL_ID],
  schema: z.object({}),
  here: casePage,
  run: async ({ prisma, staff, ipAddress, queue }, _input, referralId: string) => {
    await resendProviderEmail(prisma, queue(), staff, { referralId, ipAddress });
    return { revalidate: casePage(referralId) };
  },
});
