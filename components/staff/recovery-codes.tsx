"use client";

import { useActionState } from "react";
import type { EnrolState } from "@/app/staff/actions";

export function RecoveryCodeList({ codes }: { codes: string[] }) {
  return (
    <>
      <p>
        If you lose your phone, each of these codes lets you sign in once instead of a code from the app. Keep them
        somewhere safe, away from your phone. This is the only time they are shown.
      </p>
      <ul className="recovery-codes">
        {codes.map((code) => <li key={code}><code>{code}</code></li>)}
      </ul>
      <a href="/staff" className="button">I have saved my recovery codes</a>
    </>
  );
}

/** Replacing the recovery codes: the new ones are shown once, here. */
export function NewRecoveryCodes({ action }: { action: (state: EnrolState, formData: FormData) => Promise<EnrolState> }) {
  const [state, formAction, pending] = useActionState(action, { errors: {} });
  if (state.recoveryCodes) return <RecoveryCodeList codes={state.recoveryCodes} />;
  return (
    <form action={formAction}>
      <p>Making new codes stops the old ones working.</p>
      <button type="submit" className="button" disabled={pending}>Make new recovery codes</button>
    </form>
  );
}
