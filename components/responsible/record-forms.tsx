"use client";

/** The person responsible's record and its notes: the journey's form component, with and without JavaScript. */
import { StepForm, type StepAction } from "@/components/form/step-form";
import type { FormValues } from "@/lib/forms/form-state";
import { NOTE_FIELDS, RECORD_FIELDS } from "@/lib/responsible/record-fields";

const schemas = () => import("@/lib/responsible/record-schemas");

/** `today`: the server's UK day, so a wrong clock in the browser refuses nothing. */
export function RecordForm({
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
      fields={RECORD_FIELDS}
      loadSchema={() => schemas().then((m) => m.recordSchemaFor(() => today))}
      action={action}
      initialValues={initialValues}
      hidden={{ version: String(version) }}
      submitLabel="Save the record"
    />
  );
}

export function RecordNoteForm({ action }: { action: StepAction }) {
  return (
    <StepForm
      fields={NOTE_FIELDS}
      loadSchema={() => schemas().then((m) => m.noteSchema)}
      action={action}
      initialValues={{}}
      submitLabel="Add the note"
    />
  );
}
