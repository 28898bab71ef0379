"use client";

import { useActionState } from "react";
import type { EnrolState } from "./enrol-state";

export function RecoveryCodeList({ codes }: { codes: string[] }) {
  return (
    <>
      <p>
        If you lose your phone, each of these codes lets you sign in once instead of a code from the app. Keep them
        somewhere safe, away from your phone. This is the only time they are shown.
      </p>
      <ul className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <a href="/staff" className="button">
        I have saved my recovery codes
      </a>
    </>
  );
}

/**
 * Making recovery codes (the first set, or a new one replacing the old): a
 * POST, never on loading a page. The codes are shown once, here.
 */
export function NewRecoveryCodes({
  action,
  first = false,
}: {
  action: (state: EnrolState, formData: FormData) => Promise<EnrolState>;
  first?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, { errors: {} });
  if (state.recoveryCodes) return <RecoveryCodeList codes={state.recoveryCodes} />;
  return (
    <form action={formAction}>
      {first ? (
        <p>
          Recovery codes let you sign in if you lose your phone. Make them now, and keep them somewhere safe: they are
          shown once.
        </p>
      ) : (
        <p>Making new codes stops the old ones working.</p>
      )}
      <button type="submit" className="button" disabled={pending}>
        {first ? "Make my recovery codes" : "Make new recovery codes"}
      </button>
    </form>
  );
}
