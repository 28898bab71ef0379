"use client";

import { useActionState } from "react";
import { InboxTable, type InboxRow } from "./inbox-table";

export type SearchState = { term: string; rows: InboxRow[] | null; error?: string };

/**
 * Search by reference or name. A POST, so a victim's name never ends up in an
 * address, the browser history or a server log.
 */
export function InboxSearch({ action }: { action: (state: SearchState, formData: FormData) => Promise<SearchState> }) {
  const [state, formAction, pending] = useActionState(action, { term: "", rows: null });
  return (
    <section aria-labelledby="search-heading">
      <h2 id="search-heading" className="visually-hidden">Search</h2>
      <form action={formAction} className="form-group">
        <label className="label" htmlFor="inbox-search">Search by reference or name</label>
        {state.error ? <p className="error-message" id="inbox-search-error"><span className="visually-hidden">Error:</span> {state.error}</p> : null}
        <input className="input input--width-20" id="inbox-search" name="term" defaultValue={state.term} maxLength={100} autoComplete="off" aria-describedby={state.error ? "inbox-search-error" : undefined} />{" "}
        <button type="submit" className="button" disabled={pending}>Search</button>
      </form>
      {state.rows ? (
        <div aria-live="polite">
          <h3>Search results</h3>
          <InboxTable rows={state.rows} caption="Search results" />
        </div>
      ) : null}
    </section>
  );
}
