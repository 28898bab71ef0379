"use client";

import { useActionState } from "react";
import { HONEYPOT_FIELD } from "@/lib/referrals/honeypot";
import { ErrorSummary, type SummaryError } from "./form/error-summary";

type SubmitState = { errors: SummaryError[] };

/** "Send my request": one click sends; the button is disabled while it does, and the server ignores repeats. */
export function SubmitAnswersForm({
  action,
}: {
  action: (state: SubmitState, formData: FormData) => Promise<SubmitState>;
}) {
  const [state, formAction, pending] = useActionState(action, { errors: [] });
  return (
    <>
      <ErrorSummary errors={state.errors} />
      <form action={formAction}>
        {/* Never seen, never announced and never filled in by a person or their browser; scripts that fill in every field give themselves away. */}
        <div className="honeypot" hidden aria-hidden="true">
          <label htmlFor="f-website">Leave this empty</label>
          <input id="f-website" name={HONEYPOT_FIELD} type="text" autoComplete="off" tabIndex={-1} defaultValue="" />
        </div>
        <button
          id="send-request"
          type="submit"
          className="button"
          disabled={pending}
          aria-disabled={pending || undefined}
        >
          Send my request
        </button>
      </form>
    </>
  );
}
