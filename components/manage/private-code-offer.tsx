"use client";

import { useActionState } from "react";

export type PrivateCodeState = { code: string | null };

/**
 * For someone who gave no email address: a private code, shown once, which
 * with their reference opens "Manage your request". Never emailed, never in
 * the address bar; the page says plainly what it means to keep one.
 */
export function PrivateCodeOffer({ action }: { action: (state: PrivateCodeState) => Promise<PrivateCodeState> }) {
  const [state, formAction, pending] = useActionState(action, { code: null });
  return (
    <section aria-labelledby="private-code-heading">
      <h2 id="private-code-heading">To see or change your request online</h2>
      <p>
        You did not give an email address, so we cannot send you a link. If you want, we can show you a private code
        now: with your reference number, it lets you see your request, change how we contact you, pause it or withdraw
        it. Anyone who finds both can use them, so do not keep them together, or simply call us instead.
      </p>
      <div aria-live="polite">
        {state.code ? (
          <div className="panel">
            <p>Your private code (shown once: we cannot show it again):</p>
            <p>
              <strong className="reference private-code">{state.code}</strong>
            </p>
          </div>
        ) : (
          <form action={formAction}>
            <button type="submit" className="button button--secondary" disabled={pending}>
              Show me a private code
            </button>
          </form>
        )}
      </div>
    </section>
  );
}
