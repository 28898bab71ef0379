/** The "referrer-confirmation" job: the discreet email with the reference to whoever asked on the person's behalf. */
import "server-only";
import { EMAIL_RETRIES, emailJob, referralJob } from "@/lib/jobs/define-job";
import type { JobWithMetadata } from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderReferrerConfirmation } from "@/lib/email/templates/referrer-confirmation";
import type { MailTransport } from "@/lib/email/transport";
import { log } from "@/lib/log";
import type { ReferralJobData } from "./deliver-referral-job";

export async function sendReferrerConfirmation(
  deps: { prisma: PrismaClient; transport: MailTransport; from: string },
  job: JobWithMetadata<ReferralJobData>,
): Promise<void> {
  const referrer = await deps.prisma.referrer.findUnique({
    where: { referralId: job.data.referralId },
    select: { email: true, confirmationStatus: true, referral: { select: { reference: true } } },
  });
  if (!referrer?.email || referrer.confirmationStatus !== "PENDING") return;
  const where = { referralId: job.data.referralId };
  try {
    await deps.transport.send({
      from: deps.from,
      to: referrer.email,
      ...renderReferrerConfirmation({ reference: referrer.referral.reference }),
    });
  } catch (error) {
    if (job.retryCount >= job.retryLimit)
      await deps.prisma.referrer.update({ where, data: { confirmationStatus: "FAILED" } });
    throw error;
  }
  await deps.prisma.referrer.update({ where, data: { confirmationStatus: "SENT" } });
  log.info({ referralId: job.data.referralId }, "referrer confirmation sent");
}

export const referrerConfirmationJob = emailJob({
  name: "referrer-confirmation",
  payload: referralJob,
  policy: EMAIL_RETRIES,
  email: { batchSize: 10, concurrency: 2 },
  send: ({ prisma, transport, from }, job) => sendReferrerConfirmation({ prisma, transport, from }, job),
});
