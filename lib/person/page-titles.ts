/**
 * The titles of "Manage your request". Exit this page cannot take a page out
 * of the browser's history, and a history list or a tab shows titles first:
 * so these say what the page is for in words any website could use, without
 * the service's name or what it is about (see the README, "Page titles of
 * Manage your request"). The page's own heading says it in full.
 */
import type { Metadata } from "next";

export const PERSON_TITLES = {
  signIn: "Sign in",
  checkYourEmail: "Check your email",
  link: "Continue",
  linkProblem: "This link no longer works",
  signedOut: "Signed out",
  request: "Your details",
  contact: "Change your contact details",
  pause: "Choose a date",
  withdraw: "Withdraw",
  confirmWithdrawal: "Are you sure?",
  questions: "A few questions",
  questionsDone: "Thank you",
  deleteAnswers: "Delete your answers",
} as const;

/** `showsErrors`: the page is the answer to its own form (GOV.UK's "Error: " then starts the title). */
export function personTitle(page: keyof typeof PERSON_TITLES, showsErrors = false): Metadata {
  return { title: { absolute: `${showsErrors ? "Error: " : ""}${PERSON_TITLES[page]}` } };
}
