/**
 * What we keep of a failed delivery, in the referral row and in the queue:
 * the kind of failure, never personal data.
 *
 * A mail server's reply can quote anything about the message (the address,
 * the name beside it), so when the failure is the server's answer only its
 * codes are kept ("SMTP 550 5.1.1"), never its words. A failure on our side
 * (no connection, a timeout) keeps its message, with anything shaped like an
 * address masked. Control characters (a NUL cannot even be stored in a
 * PostgreSQL text column) and line breaks become spaces.
 */
import { isErrorLike } from "@/lib/log";

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]+/g;

const clean = (text: string) =>
  text.replace(CONTROL_CHARACTERS, " ").replace(/[^\s<>@"'()[\],;:]+@[^\s<>@"'()[\],;:]+/g, "[address]");

export function describeDeliveryError(error: unknown): string {
  if (!isErrorLike(error)) return "Unknown error";
  const { code, responseCode, response } = error as { code?: unknown; responseCode?: unknown; response?: unknown };
  const label = clean(
    [code ? String(code) : error.name, responseCode ? `SMTP ${String(responseCode)}` : ""].filter(Boolean).join(" "),
  );
  if (responseCode) {
    // "550 5.1.1 …": the enhanced status code says what kind of refusal it was.
    const enhanced = /\b[245]\.\d{1,3}\.\d{1,3}\b/.exec(typeof response === "string" ? response : error.message)?.[0];
    return `${label}${enhanced ? ` ${enhanced}` : ""}: the mail server refused it (its reply is not kept: it may quote the person's details)`;
  }
  return `${label}: ${clean(error.message).slice(0, 200)}`.slice(0, 300);
}
