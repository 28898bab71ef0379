/**
 * What we keep of a failed delivery, in the referral row and in the queue:
 * the kind of failure, never personal data. Mail servers quote addresses back
 * ("<someone@example.org>: mailbox unavailable"), so anything shaped like an
 * address is masked; control characters (a NUL cannot even be stored in a
 * PostgreSQL text column) and line breaks become spaces.
 */
import { isErrorLike } from "@/lib/log";

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]+/g;

export function describeDeliveryError(error: unknown): string {
  if (!isErrorLike(error)) return "Unknown error";
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  const label = [code ? String(code) : error.name, responseCode ? `SMTP ${String(responseCode)}` : ""]
    .filter(Boolean)
    .join(" ")
    .replace(CONTROL_CHARACTERS, " ");
  const message = error.message
    .replace(CONTROL_CHARACTERS, " ")
    .replace(/[^\s<>@"'()[\],;:]+@[^\s<>@"'()[\],;:]+/g, "[address]")
    .slice(0, 200);
  return `${label}: ${message}`.slice(0, 300);
}
