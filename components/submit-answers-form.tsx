"use client";

import { useActionState } from "react";
import { ErrorSummary, type SummaryError } from "./form/error-summary";

type SubmitState = { errors: SummaryError[] };

/** "Send my request": one click sends; the button is disabled while it does, and the server ignores repeats. */
export function SubmitAnswersForm({ action }: { action: (state: SubmitState) => Promise<SubmitState> }) {
  const [state, formAction, pending] = useActionState(action, { errors: [] });
  return (
    <>
      <ErrorSummary errors={state.errors} />
      <form action={formAction}>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending || undefined}>
          Send my request
        </button>
      </form>
    </>
  );
}
