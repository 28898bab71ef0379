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
      "password",
      "*.password",
      "token",
      "*.token",
      "email",
      "*.email",
      "phone",
      "*.phone",
      "name",
      "*.name",
      "answers",
      "*.answers",
      "to",
      "*.to",
      "html",
      "text",
      "req.headers.cookie",
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

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * Text that may have come from a person, made safe for a log line: addresses
 * and long numbers (phones) masked, control characters removed, and short.
 */
export function maskForLog(text: string, max = 300): string {
  return text
    .replace(CONTROL, "")
    .replace(/[^\s<>@"'()[\],;:`]+@[^\s<>@"'()[\],;:`]+/g, "[address]")
    .replace(/\+?\d[\d\s().-]{6,}\d/g, "[number]")
    .slice(0, max);
}

/**
 * An error as a log entry: its type, code, first line and where it was
 * thrown, never the rest. Prisma writes the arguments of a failed call into
 * its message, and database drivers quote values; both stay out.
 */
export function errorForLog(error: unknown): { type: string; code?: string; message: string; at: string[] } {
  if (!isErrorLike(error)) return { type: typeof error, message: "(not an error)", at: [] };
  const code = (error as { code?: unknown }).code;
  const lines = error.message
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  // Prisma: "Invalid `prisma.x.y()` invocation: … <arguments> … <what went wrong>": keep only what went wrong.
  const isPrisma = "clientVersion" in error;
  const first = (isPrisma ? lines.at(-1) : lines[0]) ?? "";
  const at = (error.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 8)
    .map((line) => maskForLog(line.trim(), 200));
  return { type: error.name ?? "Error", ...(code ? { code: String(code) } : {}), message: maskForLog(first), at };
}

/**
 * Routes console.error (where Next.js reports a failed page, action or route,
 * printing whole error objects) through the log, as one JSON line made by
 * errorForLog. Called by the web server at start.
 */
export function routeConsoleErrorsToLog(): void {
  console.error = (...args: unknown[]) => {
    const errors = args.filter(isErrorLike).map(errorForLog);
    const text = args
      .filter((arg): arg is string => typeof arg === "string")
      .map((arg) => maskForLog(arg))
      .join(" ")
      .trim();
    log.error(
      { ...(errors.length ? { err: errors } : {}), ...(text ? { said: text } : {}) },
      "error reported by Next.js",
    );
  };
}
