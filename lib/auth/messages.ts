/** What staff see when signing in or setting up an account goes wrong. */
export const AUTH_MESSAGES = {
  /** The same for an unknown email, a wrong password and a disabled account: no clue which. */
  signInFailed: "Enter a correct email address and password",
  codeFailed: "Enter a correct code from your authenticator app, or one of your recovery codes",
  setupLinkInvalid: "This link has expired or has already been used. Ask an administrator for a new one",
  passwordsDiffer: "Enter the same password twice",
} as const;

/** Too many attempts from here: says how long, never whether the account exists. */
export function throttledMessage(minutes: number): string {
  return `There have been too many attempts to sign in from here. Wait ${minutes} ${minutes === 1 ? "minute" : "minutes"}, then try again`;
}
