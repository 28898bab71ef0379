"use client";

import { StepForm, type StepAction } from "@/components/form/step-form";
import type { Field } from "@/lib/referrals/form-fields";
import type { CaseFormKind } from "@/lib/workspace/case-schemas";

/** One of the forms on a referral's page; its fields come from the server, its schema from here. */
export function CaseForm(props: {
  kind: CaseFormKind;
  fields: Field[];
  action: StepAction;
  version: number;
  submitLabel: string;
}) {
  return (
    <StepForm
      fields={props.fields}
      loadSchema={() => import("@/lib/workspace/case-schemas").then((m) => m.CASE_SCHEMAS[props.kind])}
      action={props.action}
      initialValues={{}}
      hidden={{ version: String(props.version) }}
      submitLabel={props.submitLabel}
    />
  );
}
