"use client";

import { useActionState } from "react";
import { errorSummaryItems, type Field } from "@/lib/referrals/form-fields";
import type { FormState, FormValues } from "@/lib/forms/form-state";
import { ErrorSummary } from "./error-summary";
import { ENGLISH_FORM_WORDS } from "@/lib/forms/form-words";
import { Question, type QuestionContext } from "./question";
import type { StepAction } from "./step-form";

/** Each input just gets its name: nothing watches it in the browser. */
const nameOnly = ((name: string) => ({ name })) as unknown as QuestionContext["register"];

/**
 * A short form checked by the server only: the same questions, error summary
 * and messages as StepForm, without react-hook-form or the schema in the
 * browser. For a form of a field or two where a round trip costs nothing (the
 * way into "Manage your request"): that page then sends as little script as a
 * content page, near enough. With and without JavaScript it posts to its
 * server action, which sends the form back with the values and the errors.
 */
export function ServerCheckedForm({
  fields,
  action,
  initialValues,
  submitLabel = "Continue",
}: {
  fields: Field[];
  action: StepAction;
  initialValues: FormValues;
  submitLabel?: string;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {
    values: initialValues,
    errors: {},
  });
  const ctx: QuestionContext = {
    words: ENGLISH_FORM_WORDS,
    values: state.values,
    errors: state.errors,
    register: nameOnly,
    enhanced: false,
    isChosen(name, value) {
      const current = state.values[name];
      return Array.isArray(current) ? current.includes(value) : current === value;
    },
  };
  const summary = errorSummaryItems(fields, state.errors);
  return (
    <>
      <ErrorSummary errors={summary} />
      <form action={formAction} noValidate>
        {fields.map((field) => (
          <Question key={field.name} field={field} ctx={ctx} />
        ))}
        <button type="submit" className="button" disabled={pending} aria-disabled={pending || undefined}>
          {submitLabel}
        </button>
      </form>
    </>
  );
}
