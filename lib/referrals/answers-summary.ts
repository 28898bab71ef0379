/**
 * The victim's answers as question-and-answer rows, in the order they were
 * asked. The same rows make the "Check your answers" page, the staff
 * referral page and the provider email, so all say the same thing; staff
 * read them in the third person (`audience: "staff"`, staff-wording.ts).
 */
import type { Field, GroupField } from "./form-fields";
import { errorTarget } from "./form-fields";
import { STEP_ORDER, STEPS } from "./questions";
import { STAFF_QUESTIONS, STAFF_STEP_TITLES } from "./staff-wording";
import type { StepId } from "./schema";

export type SummaryRow = { step: StepId; name: string; question: string; answer: string; changeHref: string };

export const NOT_GIVEN = "Not given";

/** Who reads the rows: the person who answered, or staff reading about them. */
export type Audience = "person" | "staff";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function groupAnswer(field: GroupField, values: Record<string, unknown>): string {
  if (field.summary === "month-year") {
    const month = MONTHS[Number(values.month) - 1];
    return month ? `${month} ${String(values.year)}` : `${String(values.month)}/${String(values.year)}`;
  }
  return field.fields.map((f) => String(values[f.name] ?? "")).join(" ");
}

function questionOf(field: Field, audience: Audience): string {
  return (audience === "staff" ? STAFF_QUESTIONS[field.name] : undefined) ?? field.summaryLabel ?? field.label;
}

function rowsFor(
  step: StepId,
  fields: Field[],
  values: Record<string, unknown>,
  stepFields: Field[],
  audience: Audience,
): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const row = (field: Field, answer: string) =>
    rows.push({
      step,
      name: field.name,
      question: questionOf(field, audience),
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
        row(
          field,
          group && group.kind === "group" && group.summary ? groupAnswer(group, values) : (option?.label ?? NOT_GIVEN),
        );
        const revealed = option?.reveals?.filter((f) => f.kind !== "group") ?? [];
        rows.push(...rowsFor(step, revealed, values, stepFields, audience));
        break;
      }
      case "checkboxes": {
        const chosen = Array.isArray(value) ? value : [];
        const options = field.options.filter((o) => chosen.includes(o.value));
        row(field, options.length ? options.map((o) => o.label).join("\n") : NOT_GIVEN);
        rows.push(
          ...rowsFor(
            step,
            options.flatMap((o) => o.reveals ?? []),
            values,
            stepFields,
            audience,
          ),
        );
        break;
      }
    }
  }
  return rows;
}

/** Rows for one step's answers (schema output). */
export function summariseStep(
  step: StepId,
  values: Record<string, unknown>,
  audience: Audience = "person",
): SummaryRow[] {
  const fields = STEPS[step].fields;
  return rowsFor(step, fields, values, fields, audience);
}

/** Rows for every step that has answers, grouped by step, in journey order. */
export function summariseAnswers(
  steps: Partial<Record<StepId, Record<string, unknown>>>,
  audience: Audience = "person",
) {
  return STEP_ORDER.map((step) => ({
    step,
    title: audience === "staff" ? STAFF_STEP_TITLES[step] : STEPS[step].title,
    rows: steps[step] ? summariseStep(step, steps[step]!, audience) : [],
  }));
}
