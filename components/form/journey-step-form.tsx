"use client";

import { STEPS } from "@/lib/referrals/questions";
import { STEP_SCHEMAS, type StepId } from "@/lib/referrals/schema";
import { StepForm, type StepAction } from "./step-form";
import type { FormValues } from "./types";

/** A step of the referral journey: its questions and schema are looked up here, in the browser bundle. */
export function JourneyStepForm(props: { step: StepId; action: StepAction; initialValues: FormValues; returnTo?: string }) {
  return (
    <StepForm
      fields={STEPS[props.step].fields}
      schema={STEP_SCHEMAS[props.step]}
      action={props.action}
      initialValues={props.initialValues}
      hidden={props.returnTo ? { return: props.returnTo } : {}}
      submitLabel={props.returnTo === "check" ? "Save and go back to check your answers" : "Continue"}
    />
  );
}
