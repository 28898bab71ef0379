/**
 * Building blocks for the step schemas. Input arrives either from a browser
 * form (react-hook-form values) or from FormData on the server, so every
 * helper accepts the shapes both produce: strings, arrays, or nothing.
 */
import { z } from "zod";

/** Said for any text answer with control characters in it. */
export const CONTROL_CHARACTERS_MESSAGE = "Remove the unusual characters you may have pasted in";

// C0 control characters other than tab and newlines, and DEL: never typed, sometimes pasted.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function asString(value: unknown): string {
  if (Array.isArray(value)) return asString(value[0]);
  return typeof value === "string" ? value : "";
}

export function asStringArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string" && v !== "");
  return typeof value === "string" && value !== "" ? [value] : [];
}

const noControlCharacters = (value: string) => !CONTROL_CHARACTERS.test(value);

/** A required text answer: trimmed, at most `max` characters. */
export function requiredText(max: number, messages: { required: string; tooLong: string }) {
  return z.preprocess(
    asString,
    z
      .string()
      .trim()
      .min(1, messages.required)
      .max(max, messages.tooLong)
      .refine(noControlCharacters, CONTROL_CHARACTERS_MESSAGE),
  );
}

/** An optional text answer: trimmed; empty becomes undefined. */
export function optionalText(max: number, tooLong: string) {
  return z.preprocess(
    asString,
    z
      .string()
      .trim()
      .max(max, tooLong)
      .refine(noControlCharacters, CONTROL_CHARACTERS_MESSAGE)
      .transform((value) => (value === "" ? undefined : value)),
  );
}

/** One of a fixed set of options, chosen with radios. */
export function choice<const T extends readonly [string, ...string[]]>(options: T, message: string) {
  return z.preprocess(asString, z.enum(options, { message }));
}

/** One of a fixed set of options that may be left unanswered: nothing chosen becomes undefined. */
export function optionalChoice<const T extends readonly [string, ...string[]]>(options: T, message: string) {
  return z.preprocess((value) => asString(value) || undefined, z.enum(options, { message }).optional());
}

/** Some of a fixed set of options, chosen with checkboxes. */
export function choices<const T extends readonly [string, ...string[]]>(options: T, message: string) {
  return z.preprocess(asStringArray, z.array(z.enum(options, { message })).min(1, message));
}

/** A single checkbox: true when ticked. */
export const ticked = z.preprocess((value) => {
  const text = asString(value);
  return value === true || text === "yes" || text === "true" || text === "on";
}, z.boolean());

/** Adds a "required" error at `path` when `value` is empty. */
export function requireWhen(ctx: z.RefinementCtx, value: unknown, path: string, message: string): boolean {
  if (value === undefined || value === "") {
    ctx.addIssue({ code: "custom", path: [path], message });
    return false;
  }
  return true;
}

export const UK_PHONE = /^\+?[0-9 ()-]{10,20}$/;

export function digitsIn(value: string): number {
  return value.replace(/\D/g, "").length;
}

export function isPhoneNumber(value: string): boolean {
  const digits = digitsIn(value);
  return UK_PHONE.test(value) && digits >= 10 && digits <= 15;
}

export function isMobileNumber(value: string): boolean {
  const compact = value.replace(/[\s()-]/g, "");
  return /^(?:\+447|00447|07)\d{9}$/.test(compact);
}

/**
 * For a step's cross-field checks (a phone number when "phone" is ticked, say):
 * run them even when another answer on the page is missing, so every error
 * shows after one submit, as GOV.UK does (zod skips them otherwise); not when
 * the answers are not an object at all. The checks then see raw values for
 * answers that failed: they must not trust them.
 */
export const EVEN_WITH_OTHER_ERRORS = {
  when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
} as const;

/** A list answer as the checks may see it: a list, or nothing. */
export const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A text answer as the checks may see it. */
export const textOf = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
