/**
 * The journey asked on someone's behalf (issue 23): the same questions, about
 * "them". Each step's title and intro, and each question that speaks to "you",
 * have their words here; the answers and their checks are the same.
 * Its error messages are in their-messages.ts (the browser needs only those).
 * (tests/unit/their-wording.test.ts fails if a question speaking to "you" has
 * no words here.)
 */
import type { Field, StepDefinition } from "./form-fields";
import { STEPS } from "./questions";
import type { StepId } from "./schema";

/** Who the questions are about: the person answering, or someone they are asking for. */
export type Wording = "yours" | "theirs";

type Words = { label?: string; hint?: string; checkboxLabel?: string };

export const THEIR_STEPS: Record<StepId, { title: string; intro?: string }> = {
  "about-you": { title: "About them" },
  "safe-contact": {
    title: "Contacting them safely",
    intro: "Ask them which ways are safe: Restorative Solutions will contact them only in the ways chosen here.",
  },
  "what-happened": {
    title: "What happened",
    intro: "Tell us as much or as little as they want us to know. They can talk it through with a facilitator later.",
  },
  "person-responsible": {
    title: "The person responsible",
    intro:
      "Restorative justice can only happen if the person responsible has admitted what they did. If they have not, or you are not sure, you can still ask: a facilitator will talk it through with them.",
  },
  "what-you-would-like": {
    title: "What they would like",
    intro: "This is not a decision. It helps the facilitator understand what they have in mind.",
  },
  support: { title: "Support they need" },
};

export const THEIR_FIELDS: Record<string, Words> = {
  fullName: { label: "Their full name" },
  preferredName: { label: "What would they like us to call them?", hint: "If this is different from their full name" },
  over18: { label: "Are they 18 or over?" },
  location: { label: "Their postcode or town", hint: "This helps us find a facilitator near them" },
  contactMethods: { label: "How can we contact them?", hint: "Select all that are safe for them" },
  phoneNumber: { label: "Their phone number" },
  mobileNumber: { label: "Their mobile number" },
  emailAddress: {
    label: "Their email address",
    hint: "Their own address, not yours: links to manage their request are sent here",
  },
  emailConfirmation: {
    checkboxLabel: "Email them their reference number (the email will not mention what it is about)",
  },
  postalAddress: { label: "Their postal address, including postcode" },
  safeTimes: { label: "When is it safe to contact them?" },
  messageSafe: { label: "Is it safe to leave them a voicemail or message?" },
  someoneElse: { label: "Could someone else answer their phone, or open their messages or post?" },
  safeWord: {
    label: "A word or phrase we can say so they know it is us",
    hint: "Agree it with them. It should not be a password they use anywhere else",
  },
  crimeType: { hint: "If there was more than one, choose the one that affected them most" },
  whenKnown: { label: "Do you know roughly when it happened?" },
  crimeReference: {
    hint: "If they have one, it is on letters, emails or texts from the police about the crime, and often starts with the year",
  },
  description: { label: "Anything they would like to tell us about what happened" },
  knowWho: { label: "Do they know who is responsible?" },
  communicationWays: {
    label: "How might they want to communicate with the person responsible?",
    hint: "Select all that they might want",
  },
  anythingElse: { label: "Is there anything they would like the facilitator to know?" },
  interpreter: { label: "Do they need an interpreter?" },
  accessibilityNeeds: {
    label: "Do they have any access or communication needs?",
    hint: "For example, a hearing loop, large print, Easy Read, or someone with them",
  },
  otherServices: { label: "Is another service already supporting them?" },
  heardAbout: { label: "How did they hear about this service?" },
  heardAboutOther: { label: "Where did they hear about it?" },
};

function reword(field: Field): Field {
  const words = THEIR_FIELDS[field.name] ?? {};
  const reworded = { ...field, ...words } as Field;
  if (reworded.kind === "radios" || reworded.kind === "checkboxes") {
    return {
      ...reworded,
      options: reworded.options.map((o) => (o.reveals ? { ...o, reveals: o.reveals.map(reword) } : o)),
    } as Field;
  }
  if (reworded.kind === "group") return { ...reworded, fields: reworded.fields.map((f) => reword(f) as typeof f) };
  return reworded;
}

/** A step's page in the words for who it is about. */
export function wordedStep(id: StepId, wording: Wording): StepDefinition {
  const step = STEPS[id];
  if (wording === "yours") return step;
  const { title, intro } = THEIR_STEPS[id];
  return { ...step, title, intro, fields: step.fields.map(reword) };
}
