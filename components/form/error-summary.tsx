"use client";

import { useEffect, useRef } from "react";

export type SummaryError = { href: string; message: string };

/**
 * GOV.UK error summary: at the top of the page, focused when it appears, each
 * message a link to the field it is about. Adds "Error: " to the page title.
 */
export function ErrorSummary({ errors }: { errors: SummaryError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => e.href + e.message).join("|");

  useEffect(() => {
    const base = document.title.replace(/^Error: /, "");
    document.title = errors.length ? `Error: ${base}` : base;
    if (errors.length) ref.current?.focus();
    // `key` stands for the list of errors: focus again whenever it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" autoFocus>
      <h2 className="error-summary__title" id="error-summary-title">There is a problem</h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.href}>
            <a href={error.href}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
