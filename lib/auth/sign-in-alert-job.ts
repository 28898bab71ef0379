/**
 * The "sign-in-alert" job: emails a member of staff that their account has
 * seen repeated failed sign-ins (queued once per hour at most, by sign-in.ts).
 * The job holds only the account's id; the address is read when sending.
 */
import "server-only";
import { EMAIL_RETRIES, emailJob, staffJob } from "@/lib/jobs/define-job";
import type { Job } from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderSignInAlert } from "@/lib/email/templates/sign-in-alert";
import type { MailTransport } from "@/lib/email/transport";
import { log } from "@/lib/log";
import { SIGN_IN_RULES } from "./sign-in-limits";

export type SignInAlertJob = { userId: string };

export type SignInAlertDeps = { prisma: PrismaClient; transport: MailTransport; from: string; appUrl: string };

export async function sendSignInAlert(deps: SignInAlertDeps, job: Job<SignInAlertJob>): Promise<void> {
  const user = await deps.prisma.staffUser.findUnique({ where: { id: job.data.userId } });
  if (!user || user.disabledAt) return;
  const { alert } = SIGN_IN_RULES;
  await deps.transport.send({
    from: deps.from,
    to: user.email,
    ...renderSignInAlert({
      name: user.name,
      failures: alert.points + 1,
      minutes: alert.windowSeconds / 60,
      signInUrl: `${deps.appUrl}/staff/sign-in`,
    }),
  });
  log.info({ jobId: job.id, userId: user.id }, "sign-in alert sent");
}

/** Tells a member of staff about repeated failed sign-ins to their account. */
export const signInAlertJob = emailJob({
  name: "sign-in-alert",
  payload: staffJob,
  policy: EMAIL_RETRIES,
  email: { batchSize: 5, concurrency: 1 },
  send: ({ prisma, transport, from, settings }, job) =>
    sendSignInAlert({ prisma, transport, from, appUrl: settings.appUrl }, job),
});
