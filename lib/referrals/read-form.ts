/** Reading a step's answers out of a posted form, and back into form values. */
import { allFields, type Field } from "./form-fields";

export type RawValues = Record<string, string | string[]>;

/** Only the fields the step asks: anything else in the post is ignored. */
export function readStepForm(fields: Field[], formData: FormData): RawValues {
  const values: RawValues = {};
  for (const field of allFields(fields)) {
    if (field.kind === "group") continue;
    if (field.kind === "checkboxes") {
      values[field.name] = formData.getAll(field.name).filter((v): v is string => typeof v === "string");
    } else {
      const value = formData.get(field.name);
      values[field.name] = typeof value === "string" ? value : "";
    }
  }
  return values;
}

/** Saved answers (schema output) as the values a form shows. */
export function toFormValues(answers: Record<string, unknown> | undefined): RawValues {
  const values: RawValues = {};
  for (const [name, value] of Object.entries(answers ?? {})) {
    if (Array.isArray(value)) values[name] = value.map(String);
    else if (value === true) values[name] = "yes";
    else if (value === false || value === undefined || value === null) values[name] = "";
    else values[name] = String(value);
  }
  return values;
}

/** The first message for each field, from a failed zod parse. */
export function firstErrors(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const name = String(issue.path[0] ?? "");
    if (name && !(name in errors)) errors[name] = issue.message;
  }
  return errors;
}
