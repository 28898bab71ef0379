/**
 * Staff password rules (OWASP ASVS level 2, NIST SP 800-63B): at least 12
 * characters, up to 128, anything allowed (spaces, any script, emoji), no
 * composition rules, and not a password known from breaches or one made from
 * the person's own details or this service's name.
 *
 * The breached list is zxcvbn-ts's common-passwords dictionary (about 49,000
 * passwords from public breach corpora), installed with the project, so the
 * check needs no network. It is 415 kB: server-only, so it never reaches a
 * browser (the numbers and words the forms need are in password-rules.ts).
 */
import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { AppError } from "@/lib/errors/app-error";
import { PASSWORD_LIMITS, PASSWORD_MAX_LENGTH, PASSWORD_MESSAGES, PASSWORD_MIN_LENGTH } from "./password-rules";

export { PASSWORD_MAX_LENGTH, PASSWORD_MESSAGES, PASSWORD_MIN_LENGTH };

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

export type PasswordProblem = "password.too-short" | "password.too-long" | "password.common" | "password.personal";

/** The first rule the password breaks, or null. */
export function passwordProblem(
  password: string,
  context: { email?: string; name?: string } = {},
): PasswordProblem | null {
  const length = characterCount(password);
  if (length < PASSWORD_MIN_LENGTH) return "password.too-short";
  if (length > PASSWORD_MAX_LENGTH) return "password.too-long";
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return "password.common";
  if (personalWords(context).some((word) => lower.includes(word))) return "password.personal";
  return null;
}

/** Refuses a password that breaks a rule, with the rule's code (its words are in lib/errors/messages.ts). */
export function requireGoodPassword(password: string, context: { email?: string; name?: string } = {}): void {
  const problem = passwordProblem(password, context);
  if (problem) throw new AppError(problem, "password", PASSWORD_LIMITS);
}
