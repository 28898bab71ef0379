"use client";

import { ErrorSummary } from "@/components/form/error-summary";
import { Question, type QuestionContext } from "@/components/form/question";
import { ENGLISH_FORM_WORDS } from "@/lib/forms/form-words";
import type { FieldErrors, FormValues } from "@/lib/forms/form-state";
import { allFields, errorTarget, type Field } from "@/lib/referrals/form-fields";

/**
 * The journey's accessible questions, for a plain HTML form that posts to a
 * route handler or GETs its own page (a file download, a filter): values and
 * errors come from the server, and every optional part is always shown.
 */
export function PlainFields({ fields, values, errors }: { fields: Field[]; values: FormValues; errors: FieldErrors }) {
  const ctx: QuestionContext = {
    words: ENGLISH_FORM_WORDS,
    values,
    errors,
    // Nothing to register: the browser posts the form as it is.
    register: ((name: string) => ({
      name,
      onChange: async () => undefined,
      onBlur: async () => undefined,
      ref: () => undefined,
    })) as QuestionContext["register"],
    enhanced: false,
    isChosen: (name, value) => (Array.isArray(values[name]) ? values[name].includes(value) : values[name] === value),
  };
  return (
    <>
      {fields.map((field) => (
        <Question key={field.name} field={field} ctx={ctx} />
      ))}
    </>
  );
}

/** The error summary for such a form, in the order of its fields. */
export function PlainErrorSummary({ fields, errors }: { fields: Field[]; errors: FieldErrors }) {
  const order = allFields(fields).map((f) => f.name);
  const list = Object.entries(errors)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([name, message]) => ({ href: `#${errorTarget(fields, name)}`, message }));
  return <ErrorSummary errors={list} />;
}
