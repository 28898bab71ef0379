import { type WorkerSettings } from "@/lib/background-jobs";
/** Worker settings for tests that run the real worker: email written as files in `dataDir` unless an SMTP URL is given. */

export function testWorkerSettings(dataDir: string, changes: Partial<WorkerSettings> = {}): WorkerSettings {
  return {
    smtpUrl: undefined,
    dataDir,
    mailFrom: "Support service <no-reply@service.example>",
    providerEmail: "referrals@provider.example",
    appUrl: "https://refer.example.org",
    firstContactWorkingDays: 2,
    firstContactPromise: "attempt",
    firstContactEscalationWorkingDays: 2,
    retentionClosedDays: 730,
    retentionWithdrawnDays: 90,
    surveyAfterWeeks: 6,
    ...changes,
  };
}
