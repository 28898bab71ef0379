/**
 * The staff sign-in cookie and the checks every staff page, server action and
 * route handler makes for itself (never only in a proxy redirect).
 */
import "server-only";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { authorise, can, type AuthorisedStaff, type Permission } from "./policy";
import { readSession, type SignedInStaff } from "./sessions";

/** "__Host-" (Secure, whole site, no Domain) wherever the service is on HTTPS. */
export function staffCookieName(): string {
  return env().https ? "__Host-rj-staff" : "rj-staff";
}

export function sessionLimits() {
  const settings = env();
  return { idleMinutes: settings.sessionIdleMinutes, absoluteHours: settings.sessionAbsoluteHours };
}

export async function setStaffCookie(token: string): Promise<void> {
  (await cookies()).set(staffCookieName(), token, {
    httpOnly: true,
    secure: env().https,
    sameSite: "lax",
    path: "/",
  });
}

export async function clearStaffCookie(): Promise<void> {
  (await cookies()).delete(staffCookieName());
}

export async function staffToken(): Promise<string | undefined> {
  return (await cookies()).get(staffCookieName())?.value;
}

/** The client's address, as the HTTP server worked it out (TRUSTED_PROXIES). */
export { clientAddress } from "@/lib/http/client-address";

/** The signed-in staff member, whether or not the second factor is done. */
export async function currentStaff(): Promise<SignedInStaff | null> {
  return readSession(await prisma(), await staffToken(), sessionLimits());
}

function signInPath(next?: string): string {
  return next && next.startsWith("/staff") && !next.startsWith("//")
    ? `/staff/sign-in?next=${encodeURIComponent(next)}`
    : "/staff/sign-in";
}

/**
 * For staff pages: the fully signed-in staff member, or a redirect to sign in
 * (and back to `here` afterwards). Without the permission the page answers
 * 404, so its existence is not confirmed.
 */
export async function requireStaffPage(here: string, permission: Permission = "inbox.read"): Promise<AuthorisedStaff> {
  const staff = await currentStaff();
  if (!staff) redirect(signInPath(here));
  if (!staff.secondFactorDone) redirect(staff.totpEnrolled ? "/staff/two-factor" : "/staff/two-factor/enrol");
  const authorised = authorise(staff);
  if (!can(authorised, permission)) notFound();
  return authorised;
}

/**
 * For route handlers: the fully signed-in staff member with the permission,
 * or null, for which the handler answers 404 (the same as for an address
 * that does not exist). A database fault is not "not signed in": it propagates.
 */
export async function authoriseRoute(permission: Permission): Promise<AuthorisedStaff | null> {
  const staff = await currentStaff();
  if (!staff || !staff.secondFactorDone) return null;
  const authorised = authorise(staff);
  return can(authorised, permission) ? authorised : null;
}

export { signInPath };
