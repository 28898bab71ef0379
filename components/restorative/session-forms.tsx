"use client";

/** Booking a session and recording what happened: the journey's form component, with and without JavaScript. */
import { StepForm, type StepAction } from "@/components/form/step-form";
import type { FormValues } from "@/lib/forms/form-state";
import { BOOK_FIELDS, RECORD_SESSION_FIELDS } from "@/lib/restorative/session-fields";

const schemas = () => import("@/lib/restorative/session-schemas");

/** `today`: the server's UK day, so a wrong clock in the browser refuses nothing. */
export function BookSessionForm({ action, today }: { action: StepAction; today: string }) {
  return (
    <StepForm
      fields={BOOK_FIELDS}
      loadSchema={() => schemas().then((m) => m.bookSchemaFor(() => today))}
      action={action}
      initialValues={{}}
      submitLabel="Book the session"
    />
  );
}

export function RecordSessionForm({
  action,
  initialValues,
  version,
  today,
}: {
  action: StepAction;
  initialValues: FormValues;
  version: number;
  today: string;
}) {
  return (
    <StepForm
      fields={RECORD_SESSION_FIELDS}
      loadSchema={() => schemas().then((m) => m.recordSessionSchemaFor(() => today))}
      action={action}
      initialValues={initialValues}
      hidden={{ version: String(version) }}
      submitLabel="Save what happened"
    />
  );
}
