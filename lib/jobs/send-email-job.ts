/**
 * The "send-email" job: a templated email to a fixed address (the test
 * message of `npm run mail:check`, the provider's access alerts). It renders
 * the template and hands it to the transport; a throw makes the queue retry it.
 */
import "server-only";
import { z } from "zod";
import { log } from "@/lib/log";
import { isTemplateName, renderEmail, type EmailTemplates, type TemplateName } from "@/lib/email/templates";
import { EMAIL_RETRIES, emailJob } from "./define-job";

export type SendEmailJob = {
  [K in TemplateName]: { template: K; to: string; params: EmailTemplates[K] };
}[TemplateName];

export const sendEmailJob = emailJob({
  name: "send-email",
  payload: z.object({ template: z.string(), to: z.email(), params: z.record(z.string(), z.unknown()) }),
  policy: EMAIL_RETRIES,
  email: { batchSize: 5, concurrency: 1 },
  async send({ transport, from }, job) {
    const { template, to, params } = job.data as SendEmailJob;
    if (!isTemplateName(template)) throw new Error(`Unknown email template in job ${job.id}`);
    await transport.send({ from, to, ...renderEmail(template, params) });
    // The job id and template only: never the address or the content.
    log.info({ jobId: job.id, template, transport: transport.kind }, "email sent");
  },
});
