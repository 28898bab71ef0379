/**
 * The one kind of error a person is meant to see: a code (lib/errors/messages.ts
 * gives its words and HTTP status) and, for a form, the field it belongs to.
 * Services throw it for anything expected (a conflict, a rule, a missing
 * record); everything else is a fault, logged and shown as the generic error
 * page. Modelled on documenso's AppError.
 */
import { ERRORS, type AppErrorCode } from "./messages";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** The form field the message belongs beside; "form" for the form as a whole. */
    readonly field: string = "form",
    /** Words put in the message's {placeholders}, such as a date. */
    readonly values: Record<string, string> = {},
  ) {
    super(fillIn(ERRORS[code].message, values));
    this.name = "AppError";
  }

  /** What the person is told. */
  get userMessage(): string {
    return fillIn(ERRORS[this.code].message, this.values);
  }

  /** What a route handler answers with. */
  get status(): number {
    return ERRORS[this.code].status;
  }
}

/** A code's words, for a page that shows them without a refusal (a link found expired on arrival, say). */
export function messageFor(code: AppErrorCode, values: Record<string, string> = {}): string {
  return fillIn(ERRORS[code].message, values);
}

function fillIn(message: string, values: Record<string, string>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
