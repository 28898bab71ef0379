/**
 * The few words every form shows around its questions: "(optional)", the
 * hidden "Error:" before a message, the error summary's title, and the page
 * title's "Error: ". English unless a page in another language gives its own.
 */
export type FormWords = { optional: string; error: string; problem: string };

export const ENGLISH_FORM_WORDS: FormWords = { optional: "(optional)", error: "Error", problem: "There is a problem" };
