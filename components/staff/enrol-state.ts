/** What the enrolment and recovery-code forms show: a message per field, and the codes when they are made. */
export type EnrolState = { errors: Record<string, string>; recoveryCodes?: string[] };
