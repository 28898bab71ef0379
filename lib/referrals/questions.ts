/** The questions of each step, in the order they are asked. */
import {
  COMMUNICATION_WAYS,
  CONTACT_METHODS,
  CRIME_TYPES,
  HEARD_ABOUT,
  JUSTICE_STAGES,
  YES_NO,
  YES_NO_NOT_SURE,
} from "./options";
import type { StepDefinition } from "./form-fields";
import type { StepId } from "./schema";

export const JOURNEY_BASE = "/ask";

export const STEPS: Record<StepId, StepDefinition> = {
  "about-you": {
    id: "about-you",
    path: `${JOURNEY_BASE}/about-you`,
    title: "About you",
    fields: [
      { kind: "text", name: "fullName", label: "Full name", autocomplete: "name", spellCheck: false, maxLength: 100 },
      {
        kind: "text",
        name: "preferredName",
        label: "What would you like us to call you?",
        optional: true,
        summaryLabel: "Name to use",
        hint: "If this is different from your full name",
        autocomplete: "nickname",
        spellCheck: false,
        width: "20",
        maxLength: 100,
      },
      { kind: "radios", name: "over18", label: "Are you 18 or over?", options: YES_NO, inline: true },
      {
        kind: "text",
        name: "location",
        label: "Postcode or town",
        optional: true,
        autocomplete: "postal-code",
        hint: "This helps us find a facilitator near you",
        width: "10",
        maxLength: 100,
      },
    ],
  },
  "safe-contact": {
    id: "safe-contact",
    path: `${JOURNEY_BASE}/safe-contact`,
    title: "Contacting you safely",
    intro: "We will only contact you in the ways you choose here.",
    fields: [
      {
        kind: "checkboxes",
        name: "contactMethods",
        label: "How can we contact you?",
        summaryLabel: "Ways to contact you",
        hint: "Select all that are safe for you",
        options: CONTACT_METHODS.map((option) => ({
          ...option,
          reveals: {
            phone: [
              {
                kind: "text",
                name: "phoneNumber",
                label: "Phone number",
                type: "tel",
                autocomplete: "tel",
                width: "20",
                maxLength: 20,
              },
            ],
            text: [
              {
                kind: "text",
                name: "mobileNumber",
                label: "Mobile number",
                type: "tel",
                autocomplete: "tel",
                width: "20",
                maxLength: 20,
              },
            ],
            email: [
              {
                kind: "text",
                name: "emailAddress",
                label: "Email address",
                type: "email",
                autocomplete: "email",
                spellCheck: false,
                maxLength: 254,
              },
              {
                kind: "checkbox",
                name: "emailConfirmation",
                label: "Confirmation email",
                optional: true,
                checkboxLabel: "Email me my reference number (the email will not mention what it is about)",
              },
            ],
            letter: [
              {
                kind: "textarea",
                name: "postalAddress",
                label: "Postal address, including postcode",
                autocomplete: "street-address",
                rows: 4,
                maxLength: 300,
              },
            ],
          }[option.value] as StepDefinition["fields"],
        })),
      },
      {
        kind: "textarea",
        name: "safeTimes",
        label: "When is it safe to contact you?",
        optional: true,
        hint: "For example, weekdays after 6pm, or never at weekends",
        rows: 2,
        maxLength: 200,
      },
      {
        kind: "radios",
        name: "messageSafe",
        label: "Is it safe to leave a voicemail or message?",
        options: YES_NO_NOT_SURE,
      },
      {
        kind: "radios",
        name: "someoneElse",
        label: "Could someone else answer the phone, or open your messages or post?",
        summaryLabel: "Someone else could answer",
        options: YES_NO_NOT_SURE,
      },
      {
        kind: "text",
        name: "safeWord",
        label: "A word or phrase we can say so you know it is us",
        optional: true,
        summaryLabel: "Word to say",
        hint: "Do not use a password you use anywhere else",
        spellCheck: false,
        width: "20",
        maxLength: 50,
      },
    ],
  },
  "what-happened": {
    id: "what-happened",
    path: `${JOURNEY_BASE}/what-happened`,
    title: "What happened",
    intro: "Tell us as much or as little as you want. You can talk it through with a facilitator later.",
    fields: [
      {
        kind: "radios",
        name: "crimeType",
        label: "What kind of crime or harm was it?",
        summaryLabel: "Kind of crime or harm",
        hint: "If there was more than one, choose the one that affected you most",
        options: CRIME_TYPES.map((option) =>
          option.value === "other"
            ? {
                ...option,
                reveals: [
                  { kind: "text", name: "crimeTypeOther", label: "What happened, in a few words", maxLength: 100 },
                ],
              }
            : option,
        ),
      },
      {
        kind: "radios",
        name: "whenKnown",
        label: "Do you know roughly when it happened?",
        summaryLabel: "When it happened",
        options: [
          {
            value: "yes",
            label: "Yes",
            reveals: [
              {
                kind: "group",
                name: "when",
                label: "Month and year",
                hint: "For example, 3 2024",
                summary: "month-year",
                fields: [
                  { kind: "text", name: "month", label: "Month", inputMode: "numeric", width: "2", maxLength: 2 },
                  { kind: "text", name: "year", label: "Year", inputMode: "numeric", width: "4", maxLength: 4 },
                ],
              },
            ],
          },
          { value: "notSure", label: "I’m not sure" },
        ],
      },
      {
        kind: "text",
        name: "area",
        label: "Where did it happen?",
        optional: true,
        hint: "The town or area is enough",
        width: "20",
        maxLength: 100,
      },
      { kind: "radios", name: "reportedToPolice", label: "Was it reported to the police?", options: YES_NO_NOT_SURE },
      {
        kind: "text",
        name: "crimeReference",
        label: "Crime reference number",
        optional: true,
        hint: "If you have one, it is on letters, emails or texts from the police about the crime, and often starts with the year",
        spellCheck: false,
        width: "20",
        maxLength: 30,
      },
      {
        kind: "textarea",
        name: "description",
        label: "Anything you would like to tell us about what happened",
        optional: true,
        summaryLabel: "About what happened",
        rows: 5,
        maxLength: 2000,
      },
    ],
  },
  "person-responsible": {
    id: "person-responsible",
    path: `${JOURNEY_BASE}/person-responsible`,
    title: "The person responsible",
    intro:
      "Restorative justice can only happen if the person responsible has admitted what they did. If they have not, or you are not sure, you can still ask: a facilitator will talk it through with you.",
    fields: [
      { kind: "radios", name: "knowWho", label: "Do you know who is responsible?", options: YES_NO_NOT_SURE },
      { kind: "radios", name: "admitted", label: "Have they admitted what they did?", options: YES_NO_NOT_SURE },
      {
        kind: "radios",
        name: "justiceStage",
        label: "Where are things in the justice process?",
        summaryLabel: "Justice process",
        options: JUSTICE_STAGES,
      },
    ],
  },
  "what-you-would-like": {
    id: "what-you-would-like",
    path: `${JOURNEY_BASE}/what-you-would-like`,
    title: "What you would like",
    intro: "This is not a decision. It helps the facilitator understand what you have in mind.",
    fields: [
      {
        kind: "checkboxes",
        name: "communicationWays",
        label: "How might you want to communicate with the person responsible?",
        summaryLabel: "Ways to communicate",
        hint: "Select all that you might want",
        options: COMMUNICATION_WAYS,
      },
      {
        kind: "textarea",
        name: "anythingElse",
        label: "Is there anything you would like the facilitator to know?",
        optional: true,
        summaryLabel: "For the facilitator",
        rows: 5,
        maxLength: 2000,
      },
    ],
  },
  support: {
    id: "support",
    path: `${JOURNEY_BASE}/support`,
    title: "Support you need",
    fields: [
      {
        kind: "radios",
        name: "interpreter",
        label: "Do you need an interpreter?",
        inline: false,
        options: [
          {
            value: "yes",
            label: "Yes",
            reveals: [
              {
                kind: "text",
                name: "interpreterLanguage",
                label: "Which language?",
                autocomplete: "language",
                width: "20",
                maxLength: 50,
              },
            ],
          },
          { value: "no", label: "No" },
        ],
      },
      {
        kind: "textarea",
        name: "accessibilityNeeds",
        label: "Do you have any access or communication needs?",
        optional: true,
        summaryLabel: "Access or communication needs",
        hint: "For example, a hearing loop, large print, or someone with you",
        rows: 3,
        maxLength: 500,
      },
      {
        kind: "textarea",
        name: "otherServices",
        label: "Is another service already supporting you?",
        optional: true,
        summaryLabel: "Other services supporting you",
        hint: "For example, Victim Care Merseyside or a support worker",
        rows: 3,
        maxLength: 500,
      },
      {
        kind: "radios",
        name: "heardAbout",
        label: "How did you hear about this service?",
        optional: true,
        summaryLabel: "Heard about us",
        hint: "This helps us reach other people who might want to ask",
        options: HEARD_ABOUT.map((option) =>
          option.value === "other"
            ? {
                ...option,
                reveals: [
                  {
                    kind: "text",
                    name: "heardAboutOther",
                    label: "Where did you hear about it?",
                    optional: true,
                    maxLength: 200,
                  },
                ],
              }
            : option,
        ),
      },
    ],
  },
};

export const STEP_ORDER: StepId[] = [
  "about-you",
  "safe-contact",
  "what-happened",
  "person-responsible",
  "what-you-would-like",
  "support",
];

export function nextStepPath(step: StepId): string {
  const index = STEP_ORDER.indexOf(step);
  const next = STEP_ORDER[index + 1];
  return next ? STEPS[next].path : `${JOURNEY_BASE}/check-answers`;
}
