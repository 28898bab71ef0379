/** Every email the service sends, by name. Job data names a template, never carries a whole message. */
import { renderMailCheck, type MailCheckParams } from "./mail-check";
import { renderAccessAlert, type AccessAlertParams } from "./access-alert";
import type { RenderedEmail } from "./types";

export type EmailTemplates = {
  "mail-check": MailCheckParams;
  "access-alert": AccessAlertParams;
};

export type TemplateName = keyof EmailTemplates;

const renderers: { [K in TemplateName]: (params: EmailTemplates[K]) => RenderedEmail } = {
  "mail-check": renderMailCheck,
  "access-alert": renderAccessAlert,
};

export function renderEmail<K extends TemplateName>(template: K, params: EmailTemplates[K]): RenderedEmail {
  const render = renderers[template];
  if (!render) throw new Error(`Unknown email template ${String(template)}`);
  return render(params);
}

export function isTemplateName(value: unknown): value is TemplateName {
  return typeof value === "string" && Object.hasOwn(renderers, value);
}
