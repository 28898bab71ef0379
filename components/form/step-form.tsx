"use client";

import { startTransition, useActionState, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { useForm, useWatch, type FieldErrors as HookErrors, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { errorSummaryItems, type Field } from "@/lib/referrals/form-fields";
import { ErrorSummary } from "./error-summary";
import { useFormWords } from "./form-words";
import { Question, type QuestionContext } from "./question";
import type { FieldErrors, FormState, FormValues } from "@/lib/forms/form-state";

export type StepAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * Loads the step's zod schema: the same one the server action checks with.
 * A dynamic import, so zod and the schemas are not part of the page's first
 * scripts (they would double the script a question page sends).
 */
export type SchemaLoader = () => Promise<z.ZodType>;

type Props = {
  fields: Field[];
  loadSchema: SchemaLoader;
  action: StepAction;
  initialValues: FormValues;
  submitLabel?: string;
  /** Hidden inputs sent with the form, such as where to go back to. */
  hidden?: Record<string, string>;
  /** Shows each error message in other words (the journey asked about someone else). */
  rewordError?: (message: string) => string;
  children?: ReactNode;
};

const noSubscription = () => () => undefined;

function firstMessages(errors: HookErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [name, error] of Object.entries(errors)) {
    if (error && typeof error.message === "string") out[name] = error.message;
  }
  return out;
}

type Checks = Promise<Resolver<Record<string, unknown>> | null>;

/**
 * The browser's checks: the schema and zod's resolver, fetched the first time
 * someone reaches the form (or at the latest when they send it). If they
 * cannot be fetched, the form is sent unchecked: the server checks it anyway.
 */
function useLazyChecks(loadSchema: SchemaLoader) {
  const checks = useRef<Checks | null>(null);
  const load = (): Checks =>
    (checks.current ??= Promise.all([loadSchema(), import("@hookform/resolvers/zod")]).then(
      ([schema, { zodResolver }]) => zodResolver(schema as never) as unknown as Resolver<Record<string, unknown>>,
      () => {
        checks.current = null; // try again next time
        return null;
      },
    ));
  const resolver: Resolver<Record<string, unknown>> = async (values, context, options) => {
    const check = await load();
    return check ? check(values, context, options) : { values, errors: {} };
  };
  return { resolver, load };
}

/**
 * A question page's form. Without JavaScript it is a plain form posting to a
 * server action, which checks the answers and sends the page back with the
 * typed values and the errors. With JavaScript, react-hook-form checks the
 * same schema first, so errors show without a round trip.
 */
export function StepForm({
  fields,
  loadSchema,
  action,
  initialValues,
  submitLabel = "Continue",
  hidden = {},
  rewordError,
  children,
}: Props) {
  const [state, formAction, pending] = useActionState(action, { values: initialValues, errors: {} });
  // Errors found in the browser belong to the server state they were found on:
  // a new answer from the server replaces them.
  const [clientErrors, setClientErrors] = useState<{ on: FormState; errors: FieldErrors } | null>(null);
  // True once JavaScript runs in the browser; false in the server-rendered HTML.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const formRef = useRef<HTMLFormElement>(null);
  const words = useFormWords();
  // The schema types are checked where each step is defined; the form sees plain records.
  const checks = useLazyChecks(loadSchema);
  // The answers already given (a step come back to): so a chosen option's conditional question shows at once.
  const form = useForm<Record<string, unknown>>({
    resolver: checks.resolver,
    shouldFocusError: false,
    defaultValues: initialValues,
  });

  const found = clientErrors?.on === state ? clientErrors.errors : state.errors;
  const errors = rewordError
    ? Object.fromEntries(Object.entries(found).map(([name, message]) => [name, rewordError(message)]))
    : found;
  const watched = useWatch({ control: form.control }) as Record<string, unknown>;
  const ctx: QuestionContext = {
    words,
    values: state.values,
    errors,
    register: form.register,
    enhanced,
    isChosen(name, value) {
      const current = enhanced ? watched[name] : state.values[name];
      return Array.isArray(current) ? current.includes(value) : current === value;
    },
  };
  const summary = errorSummaryItems(fields, errors);

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.handleSubmit(
      () => {
        setClientErrors(null);
        const data = new FormData(formRef.current!);
        startTransition(() => formAction(data));
      },
      (found) => setClientErrors({ on: state, errors: firstMessages(found) }),
    )(event);
  };

  return (
    <>
      <ErrorSummary errors={summary} />
      {children}
      <form
        ref={formRef}
        action={formAction}
        onSubmit={onSubmit}
        onFocus={() => void checks.load()}
        onPointerDown={() => void checks.load()}
        noValidate
      >
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
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
