import { PROBLEM_HELP, PROBLEMS } from "@/lib/content/problems";
import { PhoneLink } from "./help-contacts";
import { EMERGENCY } from "@/lib/content/help-contacts";

/**
 * The words of the 500 page with JavaScript (the React error pages). The
 * HTTP server's own page without JavaScript (lib/server/problem-page.ts) says
 * the same, from the same module. No detail of what went wrong: that is only
 * in the log.
 */
export function ServerErrorMessage() {
  const problem = PROBLEMS.error;
  return (
    <>
      <h1>{problem.title}</h1>
      {problem.paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <p>
        <strong>
          If you are in danger now, call <PhoneLink contact={EMERGENCY} />.
        </strong>
      </p>
      <h2>{PROBLEM_HELP.contactHeading}</h2>
      <p>{PROBLEM_HELP.contactFallback}</p>
      <p>
        See <a href="/get-help-now">how to get help now</a>, or go to the <a href="/">start of this site</a>.
      </p>
    </>
  );
}
