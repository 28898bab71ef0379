/**
 * The victim's answers as question-and-answer rows, in the order they were
 * asked. The same rows make the "Check your answers" page and the provider
 * email, so both always say the same thing.
 */
import type { Field, GroupField } from "./form-fields";
import { errorTarget } from "./form-fields";
import { STEP_ORDER, STEPS } from "./questions";
import type { StepId } from "./schema";

export type SummaryRow = { step: StepId; name: string; question: string; answer: string; changeHref: string };

export const NOT_GIVEN = "Not given";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function groupAnswer(field: GroupField, values: Record<string, unknown>): string {
  if (field.summary === "month-year") {
    const month = MONTHS[Number(values.month) - 1];
    return month ? `${month} ${String(values.year)}` : `${String(values.month)}/${String(values.year)}`;
  }
  return field.fields.map((f) => String(values[f.name] ?? "")).join(" ");
}

function questionOf(field: Field): string {
  return field.summaryLabel ?? field.label;
}

function rowsFor(step: StepId, fields: Field[], values: Record<string, unknown>, stepFields: Field[]): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const row = (field: Field, answer: string) =>
    rows.push({
      step,
      name: field.name,
      question: questionOf(field),
      answer,
      changeHref: `${STEPS[step].path}?return=check#${errorTarget(stepFields, field.name)}`,
    });

  for (const field of fields) {
    const value = values[field.name];
    switch (field.kind) {
      case "text":
      case "textarea":
        if (typeof value === "string" && value !== "") row(field, value);
        else if (field.optional) row(field, NOT_GIVEN);
        break;
      case "checkbox":
        row(field, value === true ? "Yes" : "No");
        break;
      case "group":
        row(field, groupAnswer(field, values));
        break;
      case "radios": {
        const option = field.options.find((o) => o.value === value);
        const group = option?.reveals?.find((f) => f.kind === "group");
        // "Yes" followed by a month and year reads better as just the month and year.
        row(field, group && group.kind === "group" && group.summary ? groupAnswer(group, values) : option?.label ?? NOT_GIVEN);
        const revealed = option?.reveals?.filter((f) => f.kind !== "group") ?? [];
        rows.push(...rowsFor(step, revealed, values, stepFields));
        break;
      }
      case "checkboxes": {
        const chosen = Array.isArray(value) ? value : [];
        const options = field.options.filter((o) => chosen.includes(o.value));
        row(field, options.length ? options.map((o) => o.label).join("\n") : NOT_GIVEN);
        rows.push(...rowsFor(step, options.flatMap((o) => o.reveals ?? []), values, stepFields));
        break;
      }
    }
  }
  return rows;
}

/** Rows for one step's answers (schema output). */
export function summariseStep(step: StepId, values: Record<string, unknown>): SummaryRow[] {
  const fields = STEPS[step].fields;
  return rowsFor(step, fields, values, fields);
}

/** Rows for every step that has answers, grouped by step, in journey order. */
export function summariseAnswers(steps: Partial<Record<StepId, Record<string, unknown>>>) {
  return STEP_ORDER.map((step) => ({
    step,
    title: STEPS[step].title,
    rows: steps[step] ? summariseStep(step, steps[step]!) : [],
  }));
}
