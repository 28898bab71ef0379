"use client";

/** The outcome, an agreement item and its follow-up: the journey's form component, with and without JavaScript. */
import { StepForm, type StepAction } from "@/components/form/step-form";
import type { FormValues } from "@/lib/forms/form-state";
import { AGREEMENT_ITEM_FIELDS, FOLLOW_UP_FIELDS, OUTCOME_FIELDS } from "@/lib/restorative/outcome-fields";

const schemas = () => import("@/lib/restorative/outcome-schemas");

export function OutcomeForm(props: {
  action: StepAction;
  initialValues: FormValues;
  version: number;
  today: string;
  submitLabel: string;
}) {
  return (
    <StepForm
      fields={OUTCOME_FIELDS}
      loadSchema={() => schemas().then((m) => m.outcomeSchemaFor(() => props.today))}
      action={props.action}
      initialValues={props.initialValues}
      hidden={{ version: String(props.version) }}
      submitLabel={props.submitLabel}
    />
  );
}

export function AgreementItemForm({ action }: { action: StepAction }) {
  return (
    <StepForm
      fields={AGREEMENT_ITEM_FIELDS}
      loadSchema={() => schemas().then((m) => m.agreementItemSchema)}
      action={action}
      initialValues={{}}
      submitLabel="Add to the agreement"
    />
  );
}

export function FollowUpForm({
  action,
  initialValues,
  version,
}: {
  action: StepAction;
  initialValues: FormValues;
  version: number;
}) {
  return (
    <StepForm
      fields={FOLLOW_UP_FIELDS}
      loadSchema={() => schemas().then((m) => m.followUpSchema)}
      action={action}
      initialValues={initialValues}
      hidden={{ version: String(version) }}
      submitLabel="Save the follow-up"
    />
  );
}
