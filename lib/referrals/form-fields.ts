/**
 * A declarative description of a question page, so that every step is drawn
 * by the same accessible components and the check-answers page and the
 * provider email list the answers with the same words.
 */
import type { Option } from "./options";

type Common = {
  name: string;
  /** The question as shown; "(optional)" is added for optional fields. */
  label: string;
  /** The question as listed on "Check your answers" and in the provider email. */
  summaryLabel?: string;
  hint?: string;
  optional?: boolean;
};

export type TextField = Common & {
  kind: "text";
  type?: "text" | "email" | "tel" | "password" | "date";
  autocomplete?: string;
  inputMode?: "text" | "numeric" | "tel" | "email";
  spellCheck?: boolean;
  width?: "full" | "20" | "10" | "4" | "2";
  maxLength: number;
};

export type TextAreaField = Common & { kind: "textarea"; rows?: number; maxLength: number; autocomplete?: string };

export type RevealingOption = Option & { reveals?: Field[] };

export type RadiosField = Common & { kind: "radios"; options: readonly RevealingOption[]; inline?: boolean };

export type CheckboxesField = Common & { kind: "checkboxes"; options: readonly RevealingOption[] };

/** One tick box, such as "email me my reference". */
export type CheckboxField = Common & { kind: "checkbox"; checkboxLabel: string };

/**
 * Fields shown together under one legend, such as month and year. `summary`
 * names how the answers are written on "Check your answers" (a name, not a
 * function, so that fields can be sent from the server to the browser).
 */
export type GroupField = Common & { kind: "group"; fields: TextField[]; summary?: "month-year" };

export type Field = TextField | TextAreaField | RadiosField | CheckboxesField | CheckboxField | GroupField;

export type StepDefinition = {
  id: string;
  path: string;
  title: string;
  intro?: string;
  fields: Field[];
};

export function fieldId(name: string, option?: string): string {
  return option ? `f-${name}-${option}` : `f-${name}`;
}

/** Every field of a step, including the ones revealed by an option, in page order. */
export function allFields(fields: Field[]): Field[] {
  return fields.flatMap((field) => {
    if (field.kind === "group") return [field, ...field.fields];
    if (field.kind === "radios" || field.kind === "checkboxes") {
      return [field, ...allFields(field.options.flatMap((o) => o.reveals ?? []))];
    }
    return [field];
  });
}

/** The element an error for `name` links to: the first input of the field. */
export function errorTarget(fields: Field[], name: string): string {
  const field = allFields(fields).find((f) => f.name === name);
  if (field && (field.kind === "radios" || field.kind === "checkboxes")) return fieldId(name, field.options[0]!.value);
  if (field?.kind === "group") return fieldId(field.fields[0]!.name);
  return fieldId(name);
}

/** The error summary's items for a form: in the order the fields are on the page, each linked to its field's first input. */
export function errorSummaryItems(
  fields: Field[],
  errors: Record<string, string>,
): Array<{ href: string; message: string }> {
  const order = allFields(fields).map((f) => f.name);
  return Object.entries(errors)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([name, message]) => ({ href: `#${errorTarget(fields, name)}`, message }));
}

/** A GOV.UK date input: day, month and year boxes under one legend, named `<name>Day`, `<name>Month`, `<name>Year`. */
export function dateGroup(name: string, label: string, hint: string, optional = false): GroupField {
  return {
    kind: "group",
    name,
    label,
    hint,
    optional,
    fields: [
      { kind: "text", name: `${name}Day`, label: "Day", inputMode: "numeric", width: "2", maxLength: 2 },
      { kind: "text", name: `${name}Month`, label: "Month", inputMode: "numeric", width: "2", maxLength: 2 },
      { kind: "text", name: `${name}Year`, label: "Year", inputMode: "numeric", width: "4", maxLength: 4 },
    ],
  };
}
