/**
 * What we keep of a failed delivery: the kind of failure, never personal data.
 * Mail servers sometimes quote addresses back, so addresses are masked.
 */
import { isErrorLike } from "@/lib/log";

export function describeDeliveryError(error: unknown): string {
  if (!isErrorLike(error)) return "Unknown error";
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  const parts = [code ? String(code) : error.name, responseCode ? `SMTP ${String(responseCode)}` : ""].filter(Boolean);
  const message = error.message.replace(/[^\s<>@]+@[^\s<>@]+/g, "[address]").slice(0, 200);
  return `${parts.join(" ")}: ${message}`.slice(0, 300);
}
