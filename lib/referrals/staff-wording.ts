/**
 * The journey asks the person in the second person ("When is it safe to
 * contact you?"). Staff read the same answers about someone else, so their
 * pages and the provider email use these words instead: the section titles,
 * and each question that speaks to "you" as a short label about "them".
 * (tests/unit/staff-wording.test.ts fails if a question speaking to the
 * person has no words here.)
 */
import type { StepId } from "./schema";

export const STAFF_STEP_TITLES: Record<StepId, string> = {
  "about-you": "About them",
  "safe-contact": "How to contact them safely",
  "what-happened": "What happened",
  "person-responsible": "The person responsible",
  "what-you-would-like": "What they would like",
  support: "Support they need",
};

/** By field name: what staff see instead of the question the person was asked. */
export const STAFF_QUESTIONS: Record<string, string> = {
  preferredName: "Name to use",
  over18: "18 or over",
  contactMethods: "Ways to contact them",
  emailConfirmation: "Reference emailed to them",
  safeTimes: "Safe times to contact them",
  messageSafe: "Safe to leave a message",
  someoneElse: "Someone else could answer",
  safeWord: "Word to say so they know it is us",
  crimeType: "Kind of crime or harm",
  crimeTypeOther: "Crime or harm, in their words",
  whenKnown: "When it happened",
  area: "Where it happened",
  reportedToPolice: "Reported to the police",
  description: "About what happened, in their words",
  knowWho: "Knows who is responsible",
  admitted: "Responsible person has admitted it",
  justiceStage: "Justice process",
  communicationWays: "Ways they might want to communicate",
  anythingElse: "For the facilitator",
  interpreter: "Interpreter needed",
  interpreterLanguage: "Interpreter language",
  accessibilityNeeds: "Access or communication needs",
  otherServices: "Other services supporting them",
  heardAbout: "How they heard about the service",
  heardAboutOther: "Where they heard about it",
};
