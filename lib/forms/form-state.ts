/** What a step form shows: the values as typed (so nothing is lost) and a message per field. */
export type FormValues = Record<string, string | string[]>;
export type FieldErrors = Record<string, string>;
export type FormState = { values: FormValues; errors: FieldErrors };

export const EMPTY_FORM_STATE: FormState = { values: {}, errors: {} };
