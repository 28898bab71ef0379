"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import type { EnrolState } from "./enrol-state";

/** The code that confirms enrolment (the recovery codes come on the next page). */
export function EnrolForm({ action }: { action: (state: EnrolState, formData: FormData) => Promise<EnrolState> }) {
  const [state, formAction, pending] = useActionState(action, { errors: {} });
  const error = state.errors.code;
  return (
    <>
      <ErrorSummary errors={error ? [{ href: "#f-code", message: error }] : []} />
      <form action={formAction}>
        <div className={error ? "form-group form-group--error" : "form-group"}>
          <label className="label" htmlFor="f-code">
            Code from your authenticator app
          </label>
          {error ? (
            <p className="error-message" id="f-code-error">
              <span className="visually-hidden">Error:</span> {error}
            </p>
          ) : null}
          <input
            className="input input--width-10"
            id="f-code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={20}
            aria-describedby={error ? "f-code-error" : undefined}
          />
        </div>
        <button type="submit" className="button" disabled={pending}>
          Confirm
        </button>
      </form>
    </>
  );
}
