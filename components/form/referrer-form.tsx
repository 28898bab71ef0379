"use client";

import type { Field } from "@/lib/referrals/form-fields";
import type { FormValues } from "@/lib/forms/form-state";
import { StepForm, type StepAction } from "./step-form";

/** "I am asking for someone else": its questions come from the server page, its schema when needed. */
export function ReferrerForm(props: {
  fields: Field[];
  action: StepAction;
  initialValues: FormValues;
  returnTo?: string;
}) {
  return (
    <StepForm
      fields={props.fields}
      loadSchema={() => import("@/lib/referrals/referrer").then((m) => m.referrerSchema)}
      action={props.action}
      initialValues={props.initialValues}
      hidden={props.returnTo ? { return: props.returnTo } : {}}
      submitLabel={props.returnTo === "check" ? "Save and go back to check the answers" : "Continue"}
    />
  );
}
