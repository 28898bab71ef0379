/**
 * The cookie that links a browser to its server-side draft of the referral
 * journey. It holds only a random token; the draft row is keyed by the token's
 * SHA-256 so the database alone cannot be used to resume someone's journey.
 * Its name is deliberately dull.
 */
import { createHash } from "node:crypto";

/** "__Host-" (only ever sent over HTTPS, to this host, for the whole site) wherever the service is on HTTPS. */
export function draftCookieName(https: boolean): string {
  return https ? "__Host-sid" : "sid";
}

export function draftTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
