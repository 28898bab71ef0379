/**
 * Every message a person can see when the service refuses something they
 * asked for, by code, with the HTTP status a route handler answers with.
 * Services throw AppError with one of these codes; only the action pipeline
 * and route handlers turn a code into words. Written as instructions, in the
 * GOV.UK way.
 */
export const ERRORS = {
  // Who is asking.
  "session.ended": { status: 401, message: "Your session has ended. Sign in again, then try again" },
  // Route handlers answer 404 (what exists is not confirmed); a form can only be sent this way by replaying it.
  forbidden: {
    status: 404,
    message: "You are not allowed to do this. Sign in with an account that is, then try again",
  },

  // Signing in and setting up an account. One message for an unknown email, a wrong password and a
  // disabled account: no clue which. Too many attempts says how long, never whether the account exists.
  "sign-in.failed": { status: 401, message: "Enter a correct email address and password" },
  "sign-in.throttled": {
    status: 429,
    message: "There have been too many attempts to sign in from here. Wait {wait}, then try again",
  },
  "two-factor.failed": {
    status: 401,
    message: "Enter a correct code from your authenticator app, or one of your recovery codes",
  },
  "two-factor.enrol-failed": { status: 401, message: "Enter the 6-digit code your authenticator app shows now" },
  "setup.link-invalid": {
    status: 410,
    message: "This link has expired or has already been used. Ask an administrator for a new one",
  },
  "setup.passwords-differ": { status: 400, message: "Enter the same password twice" },
  "password.too-short": { status: 400, message: "Password must be {min} characters or more" },
  "password.too-long": { status: 400, message: "Password must be {max} characters or fewer" },
  "password.common": {
    status: 400,
    message: "This password is too common: it appears in lists of passwords from data breaches. Choose a different one",
  },
  "password.personal": {
    status: 400,
    message: "Password must not contain your name, your email address or the name of this service",
  },

  // Sending a request (check your answers). The draft is kept in each case but the first.
  "send.no-draft": { status: 410, message: "Your answers are no longer kept. Start again" },
  "send.no-consent": { status: 409, message: "Say that you agree, then answer the questions again" },
  /** Sent sooner after consent than a person could have read their answers (MIN_SECONDS_BEFORE_SENDING). */
  "send.too-soon": { status: 429, message: "Check your answers above, then select “Send my request” again" },
  /** Over a send limit (lib/referrals/journey-limits.ts): the person is sent to the try-again page, which has its own words. */
  "send.refused": { status: 429, message: "Too many requests have been sent from here. Try again later" },
  /** A page of the journey is not answered: its title is filled in. */
  "send.unanswered": { status: 422, message: "Answer the questions in “{step}”" },

  // The way back in to "Manage your request". A wrong reference and a wrong code get the same words.
  "manage.code-wrong": {
    status: 401,
    message: "The reference number or private code is not right. Check them and try again, or call us",
  },
  "manage.too-many": { status: 429, message: "You have tried too many times. Try again after {time}, or call us" },
  // Why a link no longer works (under the heading "This link no longer works").
  "manage.link-unknown": { status: 410, message: "It may have been copied wrongly, or a newer link has replaced it" },
  "manage.link-used": { status: 410, message: "It has been used already: each link works once" },
  "manage.link-expired": { status: 410, message: "It was sent more than {minutes} minutes ago" },

  // A referral's case.
  "referral.not-found": { status: 404, message: "That referral no longer exists. It may have been erased" },
  "referral.conflict": {
    status: 409,
    message: "Someone else changed this referral while you were looking at it. Check what they did, then try again",
  },
  "status.same-status": { status: 400, message: "Choose a different status" },
  "status.not-allowed": { status: 400, message: "A case cannot move straight to that status" },
  "status.closure-reason-required": { status: 400, message: "Select why the case is being closed" },
  "status.note-required": { status: 400, message: "Enter the reason" },
  "status.admin-required": { status: 400, message: "Only an administrator can close a sensitive case" },
  "status.reason-too-long": { status: 400, message: "The reason must be {max} characters or fewer" },
  "assign.no-such-staff": { status: 400, message: "Select a member of staff" },
  "assign.already-assigned": { status: 400, message: "This referral is already assigned to them" },
  "assign.reason-required": { status: 400, message: "Enter why the referral is being reassigned" },
  "assign.reason-too-long": { status: 400, message: "The reason must be {max} characters or fewer" },
  "note.empty": { status: 400, message: "Enter the note" },

  // The person responsible's record.
  "responsible.need-to-know": {
    status: 403,
    message:
      "Only the facilitator this case is assigned to, and administrators, may open the person responsible's record",
  },
  "responsible.not-found": {
    status: 404,
    message: "There is no record of the person responsible for this referral. It may have been erased already",
  },
  "responsible.conflict": {
    status: 409,
    message: "Someone else changed this record while you were looking at it. Check what they did, then try again",
  },
  // Sessions.
  "session.not-found": { status: 404, message: "There is no such session on this referral" },
  "session.conflict": {
    status: 409,
    message: "Someone else recorded this session while you were looking at it. Check what they did, then try again",
  },
  "session.future": {
    status: 400,
    message: "This session is still to come: record that it took place on or after its date",
  },
  "session.paused": {
    status: 409,
    message: "Paused by the person until {until}: do not arrange anything with them before then",
  },
  "wellbeing.not-closed": {
    status: 409,
    message: "Ask how it went once the case is closed: until then, record how they feel at the start",
  },
  "wellbeing.declined": {
    status: 409,
    message: "They said no thanks to being asked how they feel: do not ask them again",
  },
  "survey.not-open": { status: 409, message: "There is nothing to answer on this request now" },
  "agreement.not-found": { status: 404, message: "There is no such agreement item on this referral" },
  "agreement.conflict": {
    status: 409,
    message: "Someone else checked this item while you were looking at it. Check what they recorded, then try again",
  },
  "note.too-long": { status: 400, message: "The note must be {max} characters or fewer" },
  "contact.channel": { status: 400, message: "Select how you tried to make contact" },
  "contact.outcome": { status: 400, message: "Select what happened" },
  "contact.note-too-long": { status: 400, message: "The note must be {max} characters or fewer" },
  "contact.paused": { status: 409, message: "Paused by the person until {until}: do not contact them before then" },
  "contact.other-channel-reason": {
    status: 400,
    message: "They did not choose this way to be contacted. Enter why you used it, or choose one of theirs",
  },
  "contact.other-channel-reason-too-long": { status: 400, message: "The reason must be {max} characters or fewer" },
  "case.withdrawn": {
    status: 409,
    message: "The person withdrew this request themselves on {when}. It cannot be reopened, assigned or contacted",
  },
  "case.erasure-requested": {
    status: 409,
    message:
      "The person withdrew this request and asked for it to be deleted. The only action left is the erasure, by an administrator",
  },
  "next-step.empty": { status: 400, message: "Enter the next step" },
  "next-step.too-long": { status: 400, message: "The next step must be {max} characters or fewer" },
  "next-step.date-missing": { status: 400, message: "Enter the date the next step is due" },
  "next-step.date-invalid": { status: 400, message: "The date the next step is due must be a real date" },
  "next-step.date-past": { status: 400, message: "The date the next step is due must be today or in the future" },
  "next-step.closed": { status: 409, message: "A closed case has no next step. Reopen it first" },
  "unassign.not-assigned": { status: 400, message: "This referral is not assigned to anyone" },
  "unassign.reason-required": { status: 400, message: "Enter why the referral is going back to New" },
  "unassign.reason-too-long": { status: 400, message: "The reason must be {max} characters or fewer" },
  "sensitive.already-marked": { status: 400, message: "This referral is already marked sensitive" },
  "sensitive.not-marked": { status: 400, message: "This referral is not marked sensitive" },
  "sensitive.admin-required": { status: 400, message: "Only an administrator can remove the sensitive flag" },
  "sensitive.reason-too-long": { status: 400, message: "The reason must be {max} characters or fewer" },

  // Staff accounts.
  "account.not-found": { status: 404, message: "That account no longer exists" },
  "account.last-admin": {
    status: 409,
    message:
      "There must always be at least one administrator who can sign in. Make someone else an administrator first",
  },
  "account.yourself": { status: 400, message: "You cannot disable your own account" },
  "account.same-role": { status: 400, message: "This person already has that role" },
  "account.already-set-up": {
    status: 409,
    message: "This person has already set a password. If they cannot sign in, reset their two-factor sign-in instead",
  },
  "account.email-taken": { status: 409, message: "There is already an account with this email address" },
  "account.invalid-email": {
    status: 400,
    message: "Enter an email address in the correct format, like name@example.com",
  },
  "account.invalid-name": { status: 400, message: "Enter a name of 100 characters or fewer" },

  // Erasure on request.
  "erase.not-found": { status: 404, message: "That referral no longer exists. It may have been erased already" },
  "erase.reference": {
    status: 400,
    message: "Enter the referral’s reference exactly as shown, to confirm which one to erase",
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type AppErrorCode = keyof typeof ERRORS;
