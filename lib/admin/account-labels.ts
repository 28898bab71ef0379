/** Words for staff accounts, shared by the list and the account page. */
import { ROLE_LABELS } from "@/lib/auth/role-labels";

export const ACCOUNT_STATE_LABELS = {
  active: "Active",
  disabled: "Disabled",
  invited: "Invited, not set up yet",
} as const;

export { ROLE_LABELS };

export const ROLE_OPTIONS = [
  { value: "STAFF", label: ROLE_LABELS.STAFF, hint: "Works on referrals" },
  { value: "ADMIN", label: ROLE_LABELS.ADMIN, hint: "Also manages accounts, exports, retention and figures" },
];

/** What the account page says after an action came back to it (codes in the address, never names). */
export const ACCOUNT_DONE: Record<string, string> = {
  invited: "Invitation sent. The link in it works once, within 24 hours",
  role: "Role changed",
  disabled: "Account disabled. They have been signed out everywhere",
  enabled: "Account enabled. They can sign in again",
  "two-factor-reset": "Two-factor sign-in reset. They will set up their authenticator app again when they next sign in",
};
