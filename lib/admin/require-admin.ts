import "server-only";
import type { SignedInStaff } from "@/lib/auth/sessions";
import { NotAuthorisedError } from "@/lib/auth/not-authorised";

/**
 * Every administration service starts here, whatever page or action called it:
 * the check is not left to the page alone.
 */
export function requireAdmin(staff: SignedInStaff | null | undefined): SignedInStaff {
  if (!staff || !staff.secondFactorDone || staff.role !== "ADMIN") throw new NotAuthorisedError();
  return staff;
}
