/**
 * The "send-email" job: renders a template and hands it to the transport.
 * Throwing makes pg-boss retry the job with backoff (see lib/jobs/queues.ts).
 */
import type { Job } from "pg-boss";
import { log } from "@/lib/log";
import { isTemplateName, renderEmail, type EmailTemplates, type TemplateName } from "./templates";
import type { MailTransport } from "./transport";

export type SendEmailJob = {
  [K in TemplateName]: { template: K; to: string; params: EmailTemplates[K] };
}[TemplateName];

export function createSendEmailHandler(transport: MailTransport, from: string) {
  return async (jobs: Job<SendEmailJob>[]): Promise<void> => {
    for (const job of jobs) {
      const { template, to, params } = job.data;
      if (!isTemplateName(template)) throw new Error(`Unknown email template in job ${job.id}`);
      const rendered = renderEmail(template, params);
      const sent = await transport.send({ from, to, ...rendered });
      // The job id and template only: never the address or the content.
      log.info({ jobId: job.id, template, transport: transport.kind }, "email sent");
      void sent;
    }
  };
}
