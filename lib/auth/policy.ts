/**
 * Who may do what: one table, used by every action, page, route handler and
 * service.
 *
 * A service takes AuthorisedStaff, which only authorise() makes: a member of
 * staff whose session is current and has done both steps of signing in. So a
 * half-signed-in session cannot reach a service by construction; what each
 * role may do is then checked by requirePermission, inside the service as well
 * as at the door.
 */
import { AppError } from "@/lib/errors/app-error";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { SignedInStaff } from "./sessions";

declare const authorisedBrand: unique symbol;

/** A fully signed-in member of staff. Made only by authorise() below. */
export type AuthorisedStaff = SignedInStaff & { readonly [authorisedBrand]: true };

const EVERYONE: readonly StaffRole[] = ["STAFF", "ADMIN"];
const ADMINS: readonly StaffRole[] = ["ADMIN"];

export const PERMISSIONS = {
  /** The inbox, its views, counts and search. */
  "inbox.read": EVERYONE,
  /** A referral's page: every answer, the timeline (the view is audited). */
  "referral.read": EVERYONE,
  /** Status, assignment, notes, contact attempts, the sensitive flag (some changes need an administrator: status-rules.ts). */
  "referral.change": EVERYONE,
  /**
   * The person responsible's record (lib/responsible/), kept apart from the victim's. Past the
   * permission, only the case's facilitator and administrators may open it (need to know).
   */
  "responsible.read": EVERYONE,
  "responsible.change": EVERYONE,
  /** The restorative work (lib/restorative/): sessions, the agreement, the outcome; the same need-to-know rule. */
  "restorative.read": EVERYONE,
  "restorative.change": EVERYONE,
  /** Sending the provider email again after it failed. */
  "referral.resend-email": EVERYONE,
  /** A new set of one's own recovery codes. */
  "two-factor.recovery-codes": EVERYONE,
  "audit.read": ADMINS,
  "staff-accounts.manage": ADMINS,
  "export.referrals": ADMINS,
  "figures.read": ADMINS,
  /** The caseload: open cases, overdue and oldest, per member of staff. */
  "caseload.read": ADMINS,
  /** Sending this morning's reminders now, instead of waiting for 7am. */
  "reminders.send": ADMINS,
  "retention.manage": ADMINS,
  "subject-access.manage": ADMINS,
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

/** The session, if it may be used for anything at all: both steps of signing in done. */
export function authorise(staff: SignedInStaff | null | undefined): AuthorisedStaff {
  if (!staff || !staff.secondFactorDone) throw new AppError("session.ended");
  return staff as AuthorisedStaff;
}

export function can(staff: AuthorisedStaff, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly StaffRole[]).includes(staff.role);
}

/**
 * Every service starts with this: the check is not left to the page or action
 * alone. The type already says the session is complete; it is checked again
 * at run time, so a forged or stale object gets nowhere either.
 */
export function requirePermission(staff: AuthorisedStaff, permission: Permission): void {
  authorise(staff);
  if (!can(staff, permission)) throw new AppError("forbidden");
}
