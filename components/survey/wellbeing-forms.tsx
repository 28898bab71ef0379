"use client";

/**
 * How the person feels, at the start and after: the journey's form component,
 * with and without JavaScript. Staff recording answers given by phone and the
 * person answering online use the same questions; only the button differs.
 */
import { StepForm, type StepAction } from "@/components/form/step-form";
import type { FormValues } from "@/lib/forms/form-state";
import { AFTER_FIELDS, START_FIELDS } from "@/lib/survey/wellbeing-fields";

const schemas = () => import("@/lib/survey/wellbeing-schemas");

type Props = { action: StepAction; initialValues: FormValues; submitLabel: string };

export function StartForm({ action, initialValues, submitLabel }: Props) {
  return (
    <StepForm
      fields={START_FIELDS}
      loadSchema={() => schemas().then((m) => m.startSchema)}
      action={action}
      initialValues={initialValues}
      submitLabel={submitLabel}
    />
  );
}

export function AfterForm({ action, initialValues, submitLabel }: Props) {
  return (
    <StepForm
      fields={AFTER_FIELDS}
      loadSchema={() => schemas().then((m) => m.afterSchema)}
      action={action}
      initialValues={initialValues}
      submitLabel={submitLabel}
    />
  );
}
