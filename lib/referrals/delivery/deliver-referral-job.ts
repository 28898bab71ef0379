/**
 * The "deliver-referral" job: emails a new referral to the provider and
 * records the outcome on the referral row, which (not the queue) is the record
 * of truth: PENDING while it is being tried, SENT, or FAILED once pg-boss has
 * used up its retries (about 32 hours), so a failed delivery stays visible.
 */
import "server-only";
import { EMAIL_RETRIES, emailJob, referralJob } from "@/lib/jobs/define-job";
import type { JobWithMetadata } from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderProviderReferral } from "@/lib/referrals/delivery/provider-referral-email";
import type { MailTransport } from "@/lib/email/transport";
import { log } from "@/lib/log";
import { describeDeliveryError } from "@/lib/email/delivery-error";
import { readAnswers } from "@/lib/referrals/read-answers";
import { formatDateTime } from "@/lib/dates";

export type ReferralJobData = { referralId: string };

export type DeliveryDeps = {
  prisma: PrismaClient;
  transport: MailTransport;
  from: string;
  providerEmail: string;
  appUrl: string;
};

function isFinalAttempt(job: JobWithMetadata<ReferralJobData>): boolean {
  return job.retryCount >= job.retryLimit;
}

/** Sends one referral to the provider; throws (so the job is retried) when the mail server does not take it. */
export async function deliverReferral(deps: DeliveryDeps, job: JobWithMetadata<ReferralJobData>): Promise<void> {
  const { prisma } = deps;
  const referral = await prisma.referral.findUnique({
    where: { id: job.data.referralId },
    include: { referrer: true },
  });
  if (!referral) {
    log.warn({ jobId: job.id }, "deliver-referral: the referral no longer exists");
    return;
  }
  if (referral.providerEmailStatus === "SENT") return;

  const email = renderProviderReferral({
    reference: referral.reference,
    receivedAt: formatDateTime(referral.createdAt), // UK time, as on every staff page
    sensitive: referral.sensitive,
    referrer: referral.referrer,
    askedIn: referral.askedIn,
    answers: readAnswers(referral),
    referralUrl: `${deps.appUrl}/staff/referrals/${referral.id}`,
  });
  try {
    await deps.transport.send({ from: deps.from, to: deps.providerEmail, ...email });
  } catch (error) {
    const final = isFinalAttempt(job);
    await prisma.referral.update({
      where: { id: referral.id },
      data: {
        providerEmailAttempts: { increment: 1 },
        providerEmailLastError: describeDeliveryError(error),
        providerEmailStatus: final ? "FAILED" : "PENDING",
      },
    });
    if (final) log.error({ referralId: referral.id }, "provider email failed for good; staff can send it again");
    throw error;
  }
  await prisma.referral.update({
    where: { id: referral.id },
    data: {
      providerEmailStatus: "SENT",
      providerEmailSentAt: new Date(),
      providerEmailAttempts: { increment: 1 },
      providerEmailLastError: null,
    },
  });
  log.info({ referralId: referral.id }, "provider email sent");
}

/** Tells the provider about a new referral (added with the referral, in its transaction). */
export const deliverReferralJob = emailJob({
  name: "deliver-referral",
  payload: referralJob,
  policy: EMAIL_RETRIES,
  email: { batchSize: 20, concurrency: 5 },
  send: ({ prisma, transport, from, settings }, job) =>
    deliverReferral({ prisma, transport, from, providerEmail: settings.providerEmail, appUrl: settings.appUrl }, job),
});
