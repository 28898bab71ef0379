/** The "victim-confirmation" job: the victim's discreet email with their reference. */
import "server-only";
import { EMAIL_RETRIES, emailJob, referralJob } from "@/lib/jobs/define-job";
import type { JobWithMetadata } from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderVictimConfirmation } from "@/lib/email/templates/victim-confirmation";
import type { MailTransport } from "@/lib/email/transport";
import { log } from "@/lib/log";
import type { ReferralJobData } from "./deliver-referral-job";
import { readAnswers } from "@/lib/referrals/read-answers";

export type ConfirmationDeps = {
  prisma: PrismaClient;
  transport: MailTransport;
  from: string;
  firstContactWorkingDays: number;
};

export async function sendVictimConfirmation(
  deps: ConfirmationDeps,
  job: JobWithMetadata<ReferralJobData>,
): Promise<void> {
  const referral = await deps.prisma.referral.findUnique({ where: { id: job.data.referralId } });
  if (!referral || referral.victimEmailStatus !== "PENDING") return;
  const to = readAnswers(referral)["safe-contact"].emailAddress;
  if (!to) return;
  try {
    await deps.transport.send({
      from: deps.from,
      to,
      ...renderVictimConfirmation({
        reference: referral.reference,
        firstContactWorkingDays: deps.firstContactWorkingDays,
        askedForYou: referral.askedBy !== "self",
      }),
    });
  } catch (error) {
    if (job.retryCount >= job.retryLimit) {
      await deps.prisma.referral.update({ where: { id: referral.id }, data: { victimEmailStatus: "FAILED" } });
    }
    throw error;
  }
  await deps.prisma.referral.update({ where: { id: referral.id }, data: { victimEmailStatus: "SENT" } });
  log.info({ referralId: referral.id }, "victim confirmation sent");
}

/** The victim's optional confirmation email. */
export const victimConfirmationJob = emailJob({
  name: "victim-confirmation",
  payload: referralJob,
  policy: EMAIL_RETRIES,
  email: { batchSize: 10, concurrency: 2 },
  send: ({ prisma, transport, from, settings }, job) =>
    sendVictimConfirmation({ prisma, transport, from, firstContactWorkingDays: settings.firstContactWorkingDays }, job),
});
