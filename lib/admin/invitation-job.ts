/**
 * The "send-staff-invitation" job: makes a fresh one-time setup link and emails
 * it. The job's data is only the account's id, so the link itself is never
 * stored anywhere but in the email (the database keeps its hash). Each run
 * makes a new link and ends the earlier ones: a retried email still works.
 */
import "server-only";
import { EMAIL_RETRIES, emailJob, staffJob } from "@/lib/jobs/define-job";
import type { Job } from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { issueSetupToken, SETUP_LINK_HOURS } from "@/lib/auth/accounts";
import { renderStaffInvite } from "@/lib/email/templates/staff-invite";
import type { MailTransport } from "@/lib/email/transport";
import { log } from "@/lib/log";

export type StaffInvitationJob = { userId: string };

export type InvitationDeps = { prisma: PrismaClient; transport: MailTransport; from: string; appUrl: string };

export async function sendStaffInvitation(deps: InvitationDeps, job: Job<StaffInvitationJob>): Promise<void> {
  const invitation = await deps.prisma.$transaction(async (tx) => {
    const user = await tx.staffUser.findUnique({ where: { id: job.data.userId } });
    // Disabled, or set up in the meantime: nothing to send.
    if (!user || user.disabledAt || user.passwordHash) return null;
    return { user, token: await issueSetupToken(tx, user.id) };
  });
  if (!invitation) return;
  await deps.transport.send({
    from: deps.from,
    to: invitation.user.email,
    ...renderStaffInvite({
      name: invitation.user.name,
      link: `${deps.appUrl}/staff/setup/${invitation.token}`,
      hours: SETUP_LINK_HOURS,
    }),
  });
  log.info({ jobId: job.id, userId: invitation.user.id }, "staff invitation sent");
}

/** A new member of staff's invitation, with a one-time link made when it is sent. */
export const staffInvitationJob = emailJob({
  name: "send-staff-invitation",
  payload: staffJob,
  policy: EMAIL_RETRIES,
  email: { batchSize: 5, concurrency: 1 },
  send: ({ prisma, transport, from, settings }, job) =>
    sendStaffInvitation({ prisma, transport, from, appUrl: settings.appUrl }, job),
});
