/** The case forms' schemas, shared by the browser and the server actions. */
import { z } from "zod";
import { asString, EVEN_WITH_OTHER_ERRORS, ticked } from "@/lib/forms/schema-helpers";
import { CLOSURE_REASONS, STATUSES } from "@/lib/referrals/status-rules";
import { isRealDay } from "@/lib/dates";
import { AppError, messageFor } from "@/lib/errors/app-error";
import type { AppErrorCode } from "@/lib/errors/messages";

/**
 * Each free-text field's longest answer and the code that refuses a longer one, written once: the
 * schema below and the service (for a caller without the form) both read it; the words are the
 * code's, in lib/errors/messages.ts.
 */
export const CASE_TEXT_LIMITS = {
  statusReason: { max: 2000, code: "status.reason-too-long" },
  assignReason: { max: 1000, code: "assign.reason-too-long" },
  text: { max: 5000, code: "note.too-long" },
  contactNote: { max: 1000, code: "contact.note-too-long" },
  otherChannelReason: { max: 500, code: "contact.other-channel-reason-too-long" },
  nextStep: { max: 200, code: "next-step.too-long" },
  unassignReason: { max: 1000, code: "unassign.reason-too-long" },
  sensitiveReason: { max: 1000, code: "sensitive.reason-too-long" },
} as const satisfies Record<string, { max: number; code: AppErrorCode }>;

type LimitedField = keyof typeof CASE_TEXT_LIMITS;

const limitWords = (field: LimitedField) => ({ max: CASE_TEXT_LIMITS[field].max.toLocaleString("en-GB") });

/** The field's limit as a zod check, with the code's words. */
const within = (field: LimitedField) =>
  [CASE_TEXT_LIMITS[field].max, messageFor(CASE_TEXT_LIMITS[field].code, limitWords(field))] as const;

/** Refuses text longer than its field's limit, as the form would (services call it: they may be reached without the form). */
export function requireWithinLimit(field: LimitedField, value: string | null | undefined): void {
  if (value && value.length > CASE_TEXT_LIMITS[field].max)
    throw new AppError(CASE_TEXT_LIMITS[field].code, field, limitWords(field));
}

const optional = (field: LimitedField) =>
  z.preprocess(
    asString,
    z
      .string()
      .trim()
      .max(...within(field))
      .transform((v) => (v === "" ? undefined : v)),
  );

export const statusFormSchema = z
  .object({
    to: z.preprocess(asString, z.enum(STATUSES, { message: "Select the new status" })),
    closureReason: z.preprocess(asString, z.string()).transform((v) => (v === "" ? undefined : v)),
    statusReason: optional("statusReason"),
  })
  .superRefine((value, ctx) => {
    if (value.to === "CLOSED" && !CLOSURE_REASONS.some((r) => r.value === value.closureReason)) {
      ctx.addIssue({ code: "custom", path: ["closureReason"], message: "Select why the case is being closed" });
    }
  }, EVEN_WITH_OTHER_ERRORS);

export const assignFormSchema = z.object({
  assigneeId: z.preprocess(asString, z.string().min(1, "Select a member of staff")),
  assignReason: optional("assignReason"),
});

export const noteFormSchema = z.object({
  text: z.preprocess(
    asString,
    z
      .string()
      .trim()
      .min(1, "Enter the note")
      .max(...within("text")),
  ),
});

export const contactFormSchema = z.object({
  channel: z.preprocess(asString, z.string().min(1, "Select how you tried to make contact")),
  outcome: z.preprocess(asString, z.string().min(1, "Select what happened")),
  contactNote: optional("contactNote"),
  otherChannelReason: optional("otherChannelReason"),
});

export const nextStepFormSchema = z.object({
  nextStep: z.preprocess(
    asString,
    z
      .string()
      .trim()
      .min(1, "Enter the next step")
      .max(...within("nextStep")),
  ),
  nextStepDue: z.preprocess(
    asString,
    z
      .string()
      .trim()
      .min(1, "Enter the date the next step is due")
      .refine((v) => isRealDay(v), "The date the next step is due must be a real date"),
  ),
});

export const unassignFormSchema = z.object({
  unassignReason: z.preprocess(
    asString,
    z
      .string()
      .trim()
      .min(1, "Enter why the referral is going back to New")
      .max(...within("unassignReason")),
  ),
});

export const sensitiveFormSchema = z.object({
  sensitive: ticked,
  sensitiveReason: optional("sensitiveReason"),
});

export const CASE_SCHEMAS = {
  status: statusFormSchema,
  assign: assignFormSchema,
  note: noteFormSchema,
  contact: contactFormSchema,
  sensitive: sensitiveFormSchema,
  nextStep: nextStepFormSchema,
  unassign: unassignFormSchema,
} as const;

export type CaseFormKind = keyof typeof CASE_SCHEMAS;

/** Every case form's field names are different: they share one page, and ids come from names. */
