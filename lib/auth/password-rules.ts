/**
 * The password rules' numbers and words, without the breached-password list
 * (password-policy.ts, server only), so the forms can share them with the
 * browser at no cost.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_MESSAGES = {
  tooShort: `Password must be ${PASSWORD_MIN_LENGTH} characters or more`,
  tooLong: `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`,
  common: "This password is too common: it appears in lists of passwords from data breaches. Choose a different one",
  personal: "Password must not contain your name, your email address or the name of this service",
} as const;

/** Every rule, said before the first attempt (the set-password form's hint). */
export const PASSWORD_HINT =
  `At least ${PASSWORD_MIN_LENGTH} characters, and not your name, your email address or the name of this service. ` +
  "A few unrelated words make a good password. Do not use one from another site, or one that has appeared in a data breach.";
