"use client";

import { StepForm, type StepAction } from "@/components/form/step-form";
import type { AdminFormKind } from "@/lib/admin/schemas";
import type { Field } from "@/lib/referrals/form-fields";

/** An administration form: fields from the server, the schema from the shared list (schemas cannot cross to the browser). */
export function AdminForm(props: {
  kind: AdminFormKind;
  fields: Field[];
  action: StepAction;
  submitLabel: string;
  hidden?: Record<string, string>;
}) {
  return (
    <StepForm
      fields={props.fields}
      loadSchema={() => import("@/lib/admin/schemas").then((m) => m.ADMIN_SCHEMAS[props.kind])}
      action={props.action}
      initialValues={{}}
      hidden={props.hidden}
      submitLabel={props.submitLabel}
    />
  );
}
