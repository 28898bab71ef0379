"use client";

import type { Field } from "@/lib/referrals/form-fields";
import type { StepId } from "@/lib/referrals/schema";
import { StepForm, type StepAction } from "./step-form";
import type { FormValues } from "@/lib/forms/form-state";

/**
 * A step of the referral journey. Its questions come from the server page (so
 * the browser is sent this step's, not every step's); its schema is loaded
 * when needed.
 */
export function JourneyStepForm(props: {
  step: StepId;
  fields: Field[];
  action: StepAction;
  initialValues: FormValues;
  returnTo?: string;
  /** Asked on someone's behalf: each message about "you" in its words about "them" (THEIR_MESSAGES). */
  reworded?: Record<string, string>;
}) {
  return (
    <StepForm
      fields={props.fields}
      loadSchema={() => import("@/lib/referrals/schema").then((m) => m.STEP_SCHEMAS[props.step])}
      action={props.action}
      initialValues={props.initialValues}
      hidden={props.returnTo ? { return: props.returnTo } : {}}
      rewordError={props.reworded ? (message) => props.reworded![message] ?? message : undefined}
      submitLabel={props.returnTo === "check" ? "Save and go back to check your answers" : "Continue"}
    />
  );
}
