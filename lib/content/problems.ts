/**
 * The words of every "something went wrong" page, in one place: the React
 * error pages (with JavaScript) and the plain pages the HTTP server sends
 * itself (without it, or when Next.js cannot answer) say the same things.
 *
 * GOV.UK pattern: "Sorry, there is a problem with the service", then what
 * happened to the person's answers and what they can do instead. Never any
 * detail of the failure: that is only in the log.
 */

export type ProblemKind =
  | "error"
  | "unavailable"
  | "too-large"
  | "length-required"
  | "bad-request"
  | "forbidden"
  | "not-allowed"
  | "method-not-allowed"
  | "headers-too-large"
  | "not-found";

export type Problem = { status: number; title: string; paragraphs: string[] };

const SAVED_ANSWERS =
  "If you were answering questions, the answers you saved before this page are kept for 60 minutes from when you last saved them. What you sent from this page was not saved.";

export const PROBLEMS: Record<ProblemKind, Problem> = {
  error: {
    status: 500,
    title: "Sorry, there is a problem with the service",
    paragraphs: ["Try again later.", SAVED_ANSWERS],
  },
  unavailable: {
    status: 503,
    title: "Sorry, the service is unavailable",
    paragraphs: ["Try again in a few minutes.", SAVED_ANSWERS],
  },
  "too-large": {
    status: 413,
    title: "Your answer is too long",
    paragraphs: [
      "What you sent was much longer than any answer we can accept, so nothing was saved from this page.",
      "Go back, shorten your answers, and try again. Answers you saved before this page are kept.",
    ],
  },
  "length-required": {
    status: 411,
    title: "Sorry, we could not read what was sent",
    paragraphs: [
      "Your browser sent the form in a way we do not accept, so nothing was saved from this page.",
      "Go back and try again. Answers you saved before this page are kept.",
    ],
  },
  "bad-request": {
    status: 400,
    title: "Sorry, we could not read what was sent",
    paragraphs: [
      "What arrived was not a complete form, so nothing was saved from this page.",
      "Go back and try again. Answers you saved before this page are kept.",
    ],
  },
  "method-not-allowed": {
    status: 405,
    title: "Sorry, we could not read what was sent",
    paragraphs: [
      "Your browser asked for this page in a way this site does not answer, so nothing was saved.",
      "Go to the start of this site and try again.",
    ],
  },
  "headers-too-large": {
    status: 431,
    title: "Sorry, we could not read what was sent",
    paragraphs: [
      "Your browser sent more than this site accepts with the request, often because of old cookies, so nothing was saved.",
      "Clear this site's cookies, or try another browser, then go to the start of this site and try again.",
    ],
  },
  forbidden: {
    status: 403,
    title: "Sorry, we could not accept that form",
    paragraphs: [
      "It was sent from a page that is not part of this service, so nothing was saved.",
      "If you were filling in a form on this site, go back to it and send it again.",
    ],
  },
  /** No page at this address (components/page-not-found.tsx says the same inside the site's frame). */
  "not-found": {
    status: 404,
    title: "Page not found",
    paragraphs: [
      "If you typed the web address, check it is correct.",
      "If you pasted the web address, check you copied the entire address.",
    ],
  },
  /** A signed-in member of staff on a page that is not for them (app/forbidden.tsx says the same). */
  "not-allowed": {
    status: 403,
    title: "You cannot open this page",
    paragraphs: [
      "This page is not for your account. The person responsible’s record is open only to the facilitator the case is assigned to, and to administrators.",
      "If you need it, ask an administrator to assign the case to you.",
    ],
  },
};

/** Said on every problem page after the explanation. */
export const PROBLEM_HELP = {
  danger: "If you are in danger now, call 999.",
  contactHeading: "Other ways to reach us",
  contactFallback: "You can also ask Victim Care Merseyside or the police (101) to pass your request on.",
};
