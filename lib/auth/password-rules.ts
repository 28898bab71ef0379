/**
 * The password rules' numbers and words, without the breached-password list
 * (password-policy.ts, server only), so the forms can share them with the
 * browser at no cost.
 */
import { messageFor } from "@/lib/errors/app-error";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** The numbers the password messages name. */
export const PASSWORD_LIMITS = { min: String(PASSWORD_MIN_LENGTH), max: String(PASSWORD_MAX_LENGTH) };

/** The words of each password rule (lib/errors/messages.ts), for the forms' schema. */
export const PASSWORD_MESSAGES = {
  tooShort: messageFor("password.too-short", PASSWORD_LIMITS),
  tooLong: messageFor("password.too-long", PASSWORD_LIMITS),
  common: messageFor("password.common"),
  personal: messageFor("password.personal"),
} as const;

/** Every rule, said before the first attempt (the set-password form's hint). */
export const PASSWORD_HINT =
  `At least ${PASSWORD_MIN_LENGTH} characters, and not your name, your email address or the name of this service. ` +
  "A few unrelated words make a good password. Do not use one from another site, or one that has appeared in a data breach.";
