"use client";

import { useActionState, type ReactNode } from "react";
import type { FirstContactPromise } from "@/lib/env";
import { InboxTable, type InboxRow } from "./inbox-table";

export type SearchState = { term: string; rows: InboxRow[] | null; error?: string };

/**
 * Search by reference or name. A POST, so a victim's name never ends up in an
 * address, the browser history or a server log. After a search only its
 * results show, with a way back to the list (`children`), so the list is never
 * mistaken for results.
 */
export function InboxSearch({
  action,
  clearHref,
  promise,
  children,
}: {
  action: (state: SearchState, formData: FormData) => Promise<SearchState>;
  /** The list as it was: where "Clear the search" goes. */
  clearHref: string;
  /** Which first-contact measure the badges follow (a setting, read on the server). */
  promise: FirstContactPromise;
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, { term: "", rows: null });
  return (
    <>
      <section aria-labelledby="search-heading">
        <h2 id="search-heading" className="visually-hidden">
          Search
        </h2>
        <form action={formAction} className="form-group">
          <label className="label" htmlFor="inbox-search">
            Search by reference or name
          </label>
          {state.error ? (
            <p className="error-message" id="inbox-search-error">
              <span className="visually-hidden">Error:</span> {state.error}
            </p>
          ) : null}
          <input
            className="input input--width-20"
            id="inbox-search"
            name="term"
            defaultValue={state.term}
            maxLength={100}
            autoComplete="off"
            aria-describedby={state.error ? "inbox-search-error" : undefined}
          />{" "}
          <button type="submit" className="button" disabled={pending}>
            Search
          </button>
        </form>
        <div aria-live="polite">
          {state.rows ? (
            <>
              <h2>Search results</h2>
              {state.rows.length === 0 ? (
                <p>No referral matches “{state.term}”. Check the reference or the spelling of the name.</p>
              ) : (
                <InboxTable rows={state.rows} caption="Search results" promise={promise} />
              )}
              <p>
                <a href={clearHref}>Clear the search and go back to the list</a>
              </p>
            </>
          ) : null}
        </div>
      </section>
      {state.rows ? null : children}
    </>
  );
}
