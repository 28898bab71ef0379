/**
 * Every action the audit trail records, with the words the audit page shows
 * for it. Writers (recordAudit) accept only these names, and the page's filter
 * lists exactly these, so a new action cannot be written without a label or
 * be missing from the filter. Modelled on the HMPPS template's audit service.
 */
export const AUDIT_ACTIONS = {
  "sign-in.password-ok": "Signed in: password accepted",
  "sign-in.succeeded": "Signed in",
  "sign-in.failed": "Sign-in failed",
  "sign-in.throttled": "Sign-in held back (too many attempts)",
  "sign-in.second-factor-failed": "Wrong two-factor code",
  "sign-out": "Signed out",
  "two-factor.enrolled": "Set up two-factor sign-in",
  "two-factor.recovery-codes-issued": "New recovery codes",
  "account.created": "Account created",
  "account.password-set": "Password set",
  "account.role-changed": "Role changed",
  "account.disabled": "Account disabled",
  "account.enabled": "Account enabled",
  "account.two-factor-reset": "Two-factor sign-in reset",
  "account.invitation-resent": "Invitation sent again",
  "inbox.searched": "Searched the inbox",
  "referral.viewed": "Viewed a referral",
  "referral.status-changed": "Changed a referral's status",
  "referral.assigned": "Assigned a referral",
  "referral.note-added": "Added a note",
  "referral.contact-attempt": "Recorded a contact attempt",
  "referral.sensitive-changed": "Changed the sensitive flag",
  "referral.email-resent": "Sent the provider email again",
  "referral.next-step-set": "Set a referral's next step",
  "referral.unassigned": "Put a referral back in New (unassigned)",
  "referral.person-changes-seen": "Marked the person's changes as seen",
  "referral.erased": "Erased a referral's personal data",
  "responsible.viewed": "Opened the person responsible's record",
  "responsible.changed": "Changed the person responsible's record",
  "responsible.note-added": "Added a note to the person responsible's record",
  "responsible.refused": "Was refused the person responsible's record (not their case)",
  "responsible.subject-access": "Opened or downloaded everything held about a person responsible",
  "responsible.erased": "Erased a person responsible's record",
  "session.viewed": "Opened a case's sessions",
  "session.booked": "Booked a session",
  "session.recorded": "Recorded what happened at a session",
  "session.calendar": "Downloaded a session's calendar file",
  "restorative.refused": "Was refused a case's restorative work: sessions, agreement, outcome (not their case)",
  "outcome.viewed": "Opened a case's outcome and agreement",
  "outcome.recorded": "Recorded what a case delivered (and closed it)",
  "agreement.item-added": "Added an item to a case's agreement",
  "agreement.item-checked": "Checked an agreement item at follow-up",
  "wellbeing.recorded": "Recorded how the person feels (given by phone)",
  "survey.answered": "The person answered the questions on how they feel",
  "survey.declined": "The person said no thanks to being asked how they feel",
  "survey.answers-deleted": "The person deleted their answers on how they feel",
  "export.referrals": "Exported referrals",
  "export.figures": "Downloaded the figures",
  "export.quarterly-return": "Downloaded the commissioner's quarterly return",
  "retention.run": "Ran the retention schedule",
  "reminders.sent-now": "Sent this morning's reminders now",
  "subject-access.searched": "Searched for a person's referrals",
  "subject-access.downloaded": "Opened or downloaded everything held",
  "audit.viewed": "Read the audit trail",
  "person.link-requested": "The person asked for a link to manage their request",
  "person.code-created": "The person made a private code",
  "person.code-ceiling-reached":
    "Many wrong private codes for one request (the person is not locked out; the provider was told)",
  "person.link-ceiling-reached": "The most link emails for one request were sent (the provider was told)",
  "person.signed-in": "The person opened their request",
  "person.contact-changed": "The person changed how to contact them",
  "person.paused": "The person paused their request",
  "person.resumed": "The person resumed their request",
  "person.withdrew": "The person withdrew their request",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const ALL_AUDIT_ACTIONS = Object.keys(AUDIT_ACTIONS) as AuditAction[];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && Object.hasOwn(AUDIT_ACTIONS, value);
}

/** The words for an action; a name no longer written (from older rows) is shown as it is. */
export function auditActionLabel(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTIONS[action] : action;
}
