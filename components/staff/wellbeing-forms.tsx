"use client";

/** How the person feels, at the start and after: the journey's form component, with and without JavaScript. */
import { StepForm, type StepAction } from "@/components/form/step-form";
import type { FormValues } from "@/lib/forms/form-state";
import { AFTER_FIELDS, START_FIELDS } from "@/lib/survey/wellbeing-fields";

const schemas = () => import("@/lib/survey/wellbeing-schemas");

export function StartForm({ action, initialValues }: { action: StepAction; initialValues: FormValues }) {
  return (
    <StepForm
      fields={START_FIELDS}
      loadSchema={() => schemas().then((m) => m.startSchema)}
      action={action}
      initialValues={initialValues}
      submitLabel="Save how they feel at the start"
    />
  );
}

export function AfterForm({ action, initialValues }: { action: StepAction; initialValues: FormValues }) {
  return (
    <StepForm
      fields={AFTER_FIELDS}
      loadSchema={() => schemas().then((m) => m.afterSchema)}
      action={action}
      initialValues={initialValues}
      submitLabel="Save how it went"
    />
  );
}
