/**
 * Authenticator-app codes (TOTP, RFC 6238: SHA-1, 6 digits, 30 seconds) through
 * otplib. A code is accepted one step either side of now (clock drift), and
 * never twice: the caller stores the time step of the last code used and
 * passes it back, and any code from that step or earlier is refused.
 */
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";

export const TOTP_ISSUER = "RJ Merseyside staff";

/** A new base32 secret of 160 bits (RFC 4226 recommends at least 128). */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function totpUri(secret: string, accountEmail: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: accountEmail, secret });
}

/** The enrolment QR code as an SVG string, drawn on the server (no third-party service). */
export function totpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

export type TotpCheck = { ok: true; timeStep: number } | { ok: false };

export async function checkTotp(
  secret: string,
  code: string,
  lastUsedTimeStep: number | null,
  now: Date = new Date(),
): Promise<TotpCheck> {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return { ok: false };
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: 30,
    ...(lastUsedTimeStep === null ? {} : { afterTimeStep: lastUsedTimeStep }),
  });
  // For TOTP, a valid result also carries the matched time step (the HOTP type does not).
  const timeStep = result.valid ? (result as { timeStep?: unknown }).timeStep : undefined;
  return typeof timeStep === "number" ? { ok: true, timeStep } : { ok: false };
}
