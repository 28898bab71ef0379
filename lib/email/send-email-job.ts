/**
 * The "send-email" job: renders a template and hands it to the transport.
 * Throwing makes pg-boss retry the job with backoff (see lib/jobs/queues.ts).
 */
import "server-only";
import type { Job } from "pg-boss";
import { log } from "@/lib/log";
import { isTemplateName, renderEmail, type EmailTemplates, type TemplateName } from "./templates";
import type { MailTransport } from "./transport";

export type SendEmailJob = {
  [K in TemplateName]: { template: K; to: string; params: EmailTemplates[K] };
}[TemplateName];

export async function sendTemplatedEmail(transport: MailTransport, from: string, job: Job<SendEmailJob>): Promise<void> {
  const { template, to, params } = job.data;
  if (!isTemplateName(template)) throw new Error(`Unknown email template in job ${job.id}`);
  await transport.send({ from, to, ...renderEmail(template, params) });
  // The job id and template only: never the address or the content.
  log.info({ jobId: job.id, template, transport: transport.kind }, "email sent");
}
