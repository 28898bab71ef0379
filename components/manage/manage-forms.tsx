"use client";

/**
 * The forms of "Manage your request": the journey's own form component, so
 * each works without JavaScript and, with it, checks with the same schema
 * first (fetched when the form is reached).
 */
import { StepForm, type StepAction } from "@/components/form/step-form";
import type { FormValues } from "@/lib/forms/form-state";
import type { Field } from "@/lib/referrals/form-fields";
import { CONFIRM_WITHDRAWAL_FIELDS, PAUSE_FIELDS, WITHDRAW_FIELDS } from "@/lib/person/person-fields";

const schemas = () => import("@/lib/person/schemas");

/** The journey's "Contacting you safely" questions, filled with what they told us. */
export function ContactForm({
  action,
  fields,
  initialValues,
}: {
  action: StepAction;
  fields: Field[];
  initialValues: FormValues;
}) {
  return (
    <StepForm
      fields={fields}
      loadSchema={() => import("@/lib/referrals/schema").then((m) => m.safeContactSchema)}
      action={action}
      initialValues={initialValues}
      submitLabel="Save the new details"
    />
  );
}

/** `today`: the server's UK day, so a phone with the wrong date is not refused by its own clock. */
export function PauseForm({ action, today }: { action: StepAction; today: string }) {
  return (
    <StepForm
      fields={PAUSE_FIELDS}
      loadSchema={() => schemas().then((m) => m.pauseSchemaFor(() => today))}
      action={action}
      initialValues={{}}
      submitLabel="Pause my request"
    />
  );
}

/** Step 1 of withdrawing; `initialValues`: what they chose before, when they come back from step 2. */
export function WithdrawForm({ action, initialValues }: { action: StepAction; initialValues: FormValues }) {
  return (
    <StepForm
      fields={WITHDRAW_FIELDS}
      loadSchema={() => schemas().then((m) => m.withdrawSchema)}
      action={action}
      initialValues={initialValues}
      submitLabel="Continue"
    />
  );
}

/** Step 2: "Are you sure?" */
export function ConfirmWithdrawalForm({ action }: { action: StepAction }) {
  return (
    <StepForm
      fields={CONFIRM_WITHDRAWAL_FIELDS}
      loadSchema={() => schemas().then((m) => m.confirmWithdrawalSchema)}
      action={action}
      initialValues={{}}
      submitLabel="Continue"
    />
  );
}
