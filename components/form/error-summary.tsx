"use client";

import { useEffect, useRef } from "react";
import { useFormWords } from "./form-words";

export type SummaryError = { href: string; message: string };

/**
 * As GOV.UK Frontend does: following an error's link shows the question's
 * label or legend, not just its input (which would leave the question under
 * the sticky Exit bar or above the screen), then puts focus in the input.
 * Without JavaScript the link still goes to the input, below the bar
 * (scroll-padding-top in globals.css).
 */
function showQuestion(event: React.MouseEvent<HTMLAnchorElement>, href: string): void {
  const input = href.startsWith("#") ? document.getElementById(href.slice(1)) : null;
  if (!input) return;
  event.preventDefault();
  // A radio or checkbox belongs to its group's question (the legend); any other input has its own label.
  const choice = input instanceof HTMLInputElement && (input.type === "radio" || input.type === "checkbox");
  const heading =
    (choice
      ? input.closest("fieldset")?.querySelector("legend")
      : document.querySelector(`label[for="${CSS.escape(input.id)}"]`)) ?? input;
  heading.scrollIntoView({ block: "start" });
  // A long question: if the input is now below the screen, bring it up, only as far as needed.
  if (input.getBoundingClientRect().bottom > window.innerHeight) input.scrollIntoView({ block: "nearest" });
  input.focus({ preventScroll: true });
}

/**
 * GOV.UK error summary: at the top of the page, focused when it appears, each
 * message a link to the field it is about. Adds "Error: " to the page title
 * (without JavaScript, the page's metadata does: lib/http/form-answer.ts).
 */
export function ErrorSummary({ errors }: { errors: SummaryError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const words = useFormWords();
  const key = errors.map((e) => e.href + e.message).join("|");

  useEffect(() => {
    const prefix = `${words.error}: `;
    const markTitle = () => {
      const base = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
      const wanted = errors.length && base ? `${prefix}${base}` : base;
      if (document.title !== wanted) document.title = wanted;
    };
    markTitle();
    if (errors.length) ref.current?.focus();
    // After a client-side navigation Next.js may set the new page's title a
    // moment after this runs; mark that title too while errors are shown.
    const observer = new MutationObserver(markTitle);
    if (errors.length)
      observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
    // `key` stands for the list of errors: focus again whenever it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" autoFocus>
      <h2 className="error-summary__title" id="error-summary-title">
        {words.problem}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.href}>
            <a href={error.href} onClick={(event) => showQuestion(event, error.href)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
