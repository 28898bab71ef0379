/** The administration forms' schemas, shared by the browser (react-hook-form) and the server actions. */
import { z } from "zod";
import { asString } from "@/lib/forms/schema-helpers";

const required = (max: number, empty: string, tooLong: string) =>
  z.preprocess(asString, z.string().trim().min(1, empty).max(max, tooLong));

export const inviteFormSchema = z.object({
  name: required(100, "Enter their full name", "The name must be 100 characters or fewer"),
  email: z.preprocess(
    asString,
    z
      .string()
      .trim()
      .max(254, "Enter an email address of 254 characters or fewer")
      .pipe(z.email("Enter an email address in the correct format, like name@example.com")),
  ),
  role: z.preprocess(asString, z.enum(["STAFF", "ADMIN"], { message: "Select a role" })),
});

export const roleFormSchema = z.object({
  role: z.preprocess(asString, z.enum(["STAFF", "ADMIN"], { message: "Select a role" })),
});

/** Erasing one referral's personal data on request: the reason is kept in the audit trail. */
export const eraseFormSchema = z.object({
  eraseReason: required(
    500,
    "Enter why this referral is being erased, for example “Request from the person, 26 November 2026”",
    "The reason must be 500 characters or fewer",
  ),
  confirmReference: z.preprocess(
    asString,
    z.string().trim().toUpperCase().min(1, "Enter the reference of the referral to erase"),
  ),
});

export const ADMIN_SCHEMAS = {
  invite: inviteFormSchema,
  role: roleFormSchema,
  erase: eraseFormSchema,
} as const;

export type AdminFormKind = keyof typeof ADMIN_SCHEMAS;
