/**
 * The application log: JSON lines on stdout via pino.
 *
 * Never log personal data: log references, ids, counts and error codes, not
 * names, contact details or answers. The redact list is a safety net for the
 * usual suspects, not a licence to pass whole objects in.
 */
import pino from "pino";
import { env } from "@/lib/env";

/** The configured level; "info" while the settings are still invalid (boot.ts reports that). */
function logLevel(): string {
  try {
    return env().logLevel;
  } catch {
    return "info";
  }
}

export const log = pino({
  level: logLevel(),
  base: { service: "rj-referrals" },
  redact: {
    paths: [
      "password", "*.password", "token", "*.token", "email", "*.email", "phone", "*.phone",
      "name", "*.name", "answers", "*.answers", "to", "*.to", "html", "text", "req.headers.cookie",
    ],
    censor: "[redacted]",
  },
});

/**
 * True for anything shaped like an Error. Not `instanceof Error`: errors made in
 * another realm (a vm context, a worker) fail that test.
 */
export function isErrorLike(error: unknown): error is Error {
  return typeof error === "object" && error !== null && typeof (error as Error).message === "string";
}

/** A short, safe description of an error for logs and stored "last error" fields. */
export function describeError(error: unknown): string {
  if (isErrorLike(error)) {
    const code = (error as { code?: unknown }).code;
    const name = error.name ?? "Error";
    return code ? `${name} ${String(code)}: ${error.message}` : `${name}: ${error.message}`;
  }
  return "Unknown error";
}
