/**
 * Staff password rules (OWASP ASVS level 2, NIST SP 800-63B): at least 12
 * characters, up to 128, anything allowed (spaces, any script, emoji), no
 * composition rules, and not a password known from breaches or one made from
 * the person's own details or this service's name.
 *
 * The breached list is zxcvbn-ts's common-passwords dictionary (about 49,000
 * passwords from public breach corpora), installed with the project, so the
 * check needs no network.
 */
import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_MESSAGES = {
  tooShort: `Password must be ${PASSWORD_MIN_LENGTH} characters or more`,
  tooLong: `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`,
  common: "This password is too common: it appears in lists of passwords from data breaches. Choose a different one",
  personal: "Password must not contain your name, your email address or the name of this service",
} as const;

const COMMON_PASSWORDS = new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));

const SERVICE_WORDS = ["restorative", "merseyside", "referral"];

/** Length in characters as a person counts them (code points), not UTF-16 units. */
function characterCount(value: string): number {
  return Array.from(value).length;
}

function personalWords(context: { email?: string; name?: string }): string[] {
  const words = [...SERVICE_WORDS];
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4) words.push(local);
  for (const part of context.name?.toLowerCase().split(/[\s.'’-]+/) ?? []) {
    if (part.length >= 4) words.push(part);
  }
  return words;
}

export type PasswordCheck = { ok: true } | { ok: false; message: string };

export function checkPassword(password: string, context: { email?: string; name?: string } = {}): PasswordCheck {
  const length = characterCount(password);
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, message: PASSWORD_MESSAGES.tooShort };
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, message: PASSWORD_MESSAGES.tooLong };
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return { ok: false, message: PASSWORD_MESSAGES.common };
  if (personalWords(context).some((word) => lower.includes(word))) return { ok: false, message: PASSWORD_MESSAGES.personal };
  return { ok: true };
}
