/**
 * The two emails "Manage your request" sends. The jobs carry only the
 * referral's id; the link is made as its email is sent, and the notice to
 * staff carries no details.
 */
import "server-only";
import { z } from "zod";
import { EMAIL_RETRIES, emailJob, referralJob, type EmailJobContext } from "@/lib/jobs/define-job";
import { PERSON_CHANGES } from "@/lib/email/templates/person-change-notice";
import type { Job } from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderPersonChangeNotice, type PersonChange } from "@/lib/email/templates/person-change-notice";
import { renderPersonLink } from "@/lib/email/templates/person-link";
import type { MailTransport } from "@/lib/email/transport";
import { log } from "@/lib/log";
import { issuePersonLink, LINK_MINUTES } from "./person-links";

export type PersonJobDeps = {
  prisma: PrismaClient;
  transport: MailTransport;
  from: string;
  appUrl: string;
  providerEmail: string;
};

/** Emails the link, to the address the person gave (and only there). */
export async function sendPersonLink(deps: PersonJobDeps, job: Job<{ referralId: string }>): Promise<void> {
  const made = await deps.prisma.$transaction(async (tx) => {
    const referral = await tx.referral.findUnique({
      where: { id: job.data.referralId },
      select: { id: true, contactEmail: true },
    });
    // Erased, or the address removed in the meantime: nothing to send.
    if (!referral?.contactEmail) return null;
    return { to: referral.contactEmail, token: await issuePersonLink(tx, referral.id) };
  });
  if (!made) return;
  await deps.transport.send({
    from: deps.from,
    to: made.to,
    ...renderPersonLink({ link: `${deps.appUrl}/manage/link/${made.token}`, minutes: LINK_MINUTES }),
  });
  log.info({ jobId: job.id, referralId: job.data.referralId }, "link to manage a request sent");
}

/** Tells the assigned member of staff, or the provider's inbox if nobody is assigned. */
export async function sendPersonChangeNotice(
  deps: PersonJobDeps,
  job: Job<{ referralId: string; change?: PersonChange }>,
): Promise<void> {
  const referral = await deps.prisma.referral.findUnique({
    where: { id: job.data.referralId },
    select: { id: true, reference: true, assignedTo: { select: { email: true, disabledAt: true } } },
  });
  if (!referral) return;
  const to = referral.assignedTo && !referral.assignedTo.disabledAt ? referral.assignedTo.email : deps.providerEmail;
  await deps.transport.send({
    from: deps.from,
    to,
    ...renderPersonChangeNotice({
      reference: referral.reference,
      referralUrl: `${deps.appUrl}/staff/referrals/${referral.id}`,
      change: job.data.change,
    }),
  });
  log.info({ jobId: job.id, referralId: referral.id }, "staff told of a change by the person");
}

const personJobDeps = ({ prisma, transport, from, settings }: EmailJobContext): PersonJobDeps => ({
  prisma,
  transport,
  from,
  appUrl: settings.appUrl,
  providerEmail: settings.providerEmail,
});

/** A one-time link to "Manage your request", made as it is sent, to the address the person gave. */
export const personLinkJob = emailJob({
  name: "person-link",
  payload: referralJob,
  policy: EMAIL_RETRIES,
  email: { batchSize: 5, concurrency: 1 },
  send: (context, job) => sendPersonLink(personJobDeps(context), job),
});

/** Tells the assigned member of staff (or the provider's inbox) that the person changed their request: a link, never the details. */
export const personChangeNoticeJob = emailJob({
  name: "person-change-notice",
  // `change` says which (in the subject); jobs added before it existed have none.
  payload: referralJob.extend({ change: z.enum(PERSON_CHANGES).optional() }),
  policy: EMAIL_RETRIES,
  email: { batchSize: 5, concurrency: 1 },
  send: (context, job) => sendPersonChangeNotice(personJobDeps(context), job),
});
