"use client";

import type { FormWords } from "@/lib/forms/form-words";
import { FormWordsProvider } from "@/components/form/form-words";
import { StepForm, type StepAction } from "@/components/form/step-form";
import type { Field } from "@/lib/referrals/form-fields";
import type { ShortMessages } from "@/lib/referrals/short-request";

/**
 * The short request in another language: questions and messages come from the
 * server page already translated; the browser checks with the same schema,
 * made with those messages, as the server does.
 */
export function ShortRequestForm(props: {
  fields: Field[];
  messages: ShortMessages;
  formWords: FormWords;
  action: StepAction;
  request: string;
  submitLabel: string;
}) {
  return (
    <FormWordsProvider words={props.formWords}>
      <StepForm
        fields={props.fields}
        loadSchema={() => import("@/lib/referrals/short-request").then((m) => m.shortRequestSchema(props.messages))}
        action={props.action}
        initialValues={{}}
        hidden={{ request: props.request }}
        submitLabel={props.submitLabel}
      />
    </FormWordsProvider>
  );
}
