"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import type { EnrolState } from "@/app/staff/actions";

/** The code that confirms enrolment; then the recovery codes, shown once. */
export function EnrolForm({ action }: { action: (state: EnrolState, formData: FormData) => Promise<EnrolState> }) {
  const [state, formAction, pending] = useActionState(action, { errors: {} });
  if (state.recoveryCodes) {
    return (
      <div>
        <h2>Your recovery codes</h2>
        <p>
          If you lose your phone, each of these codes lets you sign in once instead of a code from the app. Keep them
          somewhere safe, away from your phone. This is the only time they are shown.
        </p>
        <ul className="recovery-codes">
          {state.recoveryCodes.map((code) => <li key={code}><code>{code}</code></li>)}
        </ul>
        <a href="/staff" className="button">I have saved my recovery codes</a>
      </div>
    );
  }
  const error = state.errors.code;
  return (
    <>
      <ErrorSummary errors={error ? [{ href: "#f-code", message: error }] : []} />
      <form action={formAction}>
        <div className={error ? "form-group form-group--error" : "form-group"}>
          <label className="label" htmlFor="f-code">Code from your authenticator app</label>
          {error ? <p className="error-message" id="f-code-error"><span className="visually-hidden">Error:</span> {error}</p> : null}
          <input className="input input--width-10" id="f-code" name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={20} aria-describedby={error ? "f-code-error" : undefined} />
        </div>
        <button type="submit" className="button" disabled={pending}>Confirm</button>
      </form>
    </>
  );
}
