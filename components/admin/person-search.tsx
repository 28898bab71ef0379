"use client";

import { useActionState } from "react";
import { STATUS_LABELS, type Status } from "@/lib/referrals/status-rules";
import { formatDate } from "@/lib/dates";
import { TableScroll } from "@/components/table-scroll";

export type PersonSearchState = {
  by: "reference" | "email" | "phone";
  term: string;
  rows: Array<{ id: string; reference: string; createdAt: string; status: string; fullName: string }> | null;
  error?: string;
};

const BY = [
  { value: "reference", label: "Reference" },
  { value: "email", label: "Email address" },
  { value: "phone", label: "Phone number" },
] as const;

/** Finding someone's referrals: a POST answered in the page, so what was searched never reaches an address or a log. */
export function PersonSearch({
  action,
}: {
  action: (state: PersonSearchState, formData: FormData) => Promise<PersonSearchState>;
}) {
  const [state, formAction, pending] = useActionState(action, { by: "reference", term: "", rows: null });
  return (
    <>
      <form action={formAction}>
        <div className="form-group">
          <fieldset className="fieldset">
            <legend className="fieldset__legend fieldset__legend--s">Search by</legend>
            <div className="choices choices--radio choices--inline">
              {BY.map((option) => (
                <div className="choices__item" key={option.value}>
                  <input
                    className="choices__input"
                    type="radio"
                    id={`person-by-${option.value}`}
                    name="by"
                    value={option.value}
                    defaultChecked={state.by === option.value}
                  />
                  <label className="label choices__label" htmlFor={`person-by-${option.value}`}>
                    {option.label}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div className={state.error ? "form-group form-group--error" : "form-group"}>
          <label className="label" htmlFor="person-term">
            Reference, email address or phone number
          </label>
          {state.error ? (
            <p className="error-message" id="person-term-error">
              <span className="visually-hidden">Error:</span> {state.error}
            </p>
          ) : null}
          <input
            className="input input--width-20"
            id="person-term"
            name="term"
            defaultValue={state.term}
            maxLength={254}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={state.error ? "person-term-error" : undefined}
          />
        </div>
        <button type="submit" className="button" disabled={pending}>
          Find referrals
        </button>
      </form>
      {state.rows ? (
        <div aria-live="polite">
          <h2>Referrals found</h2>
          {state.rows.length === 0 ? (
            <p>No referral matches. Check the spelling, or try another way of searching.</p>
          ) : (
            <TableScroll label="Referrals found">
              <table className="table">
                <caption className="visually-hidden">Referrals found</caption>
                <thead>
                  <tr>
                    <th scope="col">Reference</th>
                    <th scope="col">Received</th>
                    <th scope="col">Status</th>
                    <th scope="col">Name</th>
                  </tr>
                </thead>
                <tbody>
                  {state.rows.map((r) => (
                    <tr key={r.id}>
                      <td>
                        <a href={`/staff/admin/subject-access/${r.id}`}>{r.reference}</a>
                      </td>
                      <td>{formatDate(new Date(r.createdAt))}</td>
                      <td>{STATUS_LABELS[r.status as Status] ?? r.status}</td>
                      <td>{r.fullName}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </div>
      ) : null}
    </>
  );
}
