/** The case forms' schemas, shared by the browser and the server actions. */
import { z } from "zod";
import { asString, EVEN_WITH_OTHER_ERRORS, ticked } from "@/lib/forms/schema-helpers";
import { CLOSURE_REASONS, STATUSES } from "@/lib/referrals/status-rules";
import { isRealDay } from "@/lib/dates";

const optional = (max: number, message: string) =>
  z.preprocess(asString, z.string().trim().max(max, message).transform((v) => (v === "" ? undefined : v)));

export const statusFormSchema = z.object({
  to: z.preprocess(asString, z.enum(STATUSES, { message: "Select the new status" })),
  closureReason: z.preprocess(asString, z.string()).transform((v) => (v === "" ? undefined : v)),
  statusReason: optional(2000, "The reason must be 2,000 characters or fewer"),
}).superRefine((value, ctx) => {
  if (value.to === "CLOSED" && !CLOSURE_REASONS.some((r) => r.value === value.closureReason)) {
    ctx.addIssue({ code: "custom", path: ["closureReason"], message: "Select why the case is being closed" });
  }
}, EVEN_WITH_OTHER_ERRORS);

export const assignFormSchema = z.object({
  assigneeId: z.preprocess(asString, z.string().min(1, "Select a member of staff")),
  assignReason: optional(1000, "The reason must be 1,000 characters or fewer"),
});

export const noteFormSchema = z.object({
  text: z.preprocess(asString, z.string().trim().min(1, "Enter the note").max(5000, "The note must be 5,000 characters or fewer")),
});

export const contactFormSchema = z.object({
  channel: z.preprocess(asString, z.string().min(1, "Select how you tried to make contact")),
  outcome: z.preprocess(asString, z.string().min(1, "Select what happened")),
  contactNote: optional(1000, "The note must be 1,000 characters or fewer"),
  otherChannelReason: optional(500, "The reason must be 500 characters or fewer"),
});

export const nextStepFormSchema = z.object({
  nextStep: z.preprocess(asString, z.string().trim().min(1, "Enter the next step").max(200, "The next step must be 200 characters or fewer")),
  nextStepDue: z.preprocess(asString, z.string().trim().min(1, "Enter the date the next step is due")
    .refine((v) => isRealDay(v), "The date the next step is due must be a real date")),
});

export const unassignFormSchema = z.object({
  unassignReason: z.preprocess(asString, z.string().trim().min(1, "Enter why the referral is going back to New").max(1000, "The reason must be 1,000 characters or fewer")),
});

export const sensitiveFormSchema = z.object({
  sensitive: ticked,
  sensitiveReason: optional(1000, "The reason must be 1,000 characters or fewer"),
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
