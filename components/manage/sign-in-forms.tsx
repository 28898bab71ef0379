"use client";

/**
 * The way into "Manage your request": checked by the server only
 * (ServerCheckedForm), so this page sends little more script than a content page.
 */
import { ServerCheckedForm } from "@/components/form/server-checked-form";
import type { StepAction } from "@/components/form/step-form";
import { CODE_SIGN_IN_FIELDS, LINK_REQUEST_FIELDS } from "@/lib/person/sign-in-fields";

export function LinkRequestForm({ action }: { action: StepAction }) {
  return (
    <ServerCheckedForm fields={LINK_REQUEST_FIELDS} action={action} initialValues={{}} submitLabel="Email me a link" />
  );
}

export function CodeSignInForm({ action }: { action: StepAction }) {
  return <ServerCheckedForm fields={CODE_SIGN_IN_FIELDS} action={action} initialValues={{}} submitLabel="Continue" />;
}
