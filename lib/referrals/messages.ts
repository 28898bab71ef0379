/**
 * Every message the referral journey shows for a wrong or missing answer, in
 * one place, written as instructions (GOV.UK style).
 */
export const MESSAGES = {
  consent: "Select that you agree, if you want to continue",
  fullName: { required: "Enter your full name", tooLong: "Full name must be 100 characters or fewer" },
  preferredName: { tooLong: "The name you would like us to use must be 100 characters or fewer" },
  over18: "Select yes if you are 18 or over",
  location: { tooLong: "Postcode or town must be 100 characters or fewer" },

  contactMethods: "Select at least one way we can contact you",
  phoneNumber: {
    required: "Enter the phone number we can call",
    invalid: "Enter a phone number, like 01632 960 001 or 07700 900 982",
  },
  mobileNumber: {
    required: "Enter the mobile number we can text",
    invalid: "Enter a mobile number, like 07700 900 982",
  },
  emailAddress: {
    required: "Enter the email address we can use",
    invalid: "Enter an email address in the correct format, like name@example.com",
  },
  postalAddress: {
    required: "Enter the address we can write to",
    tooLong: "Address must be 300 characters or fewer",
  },
  safeTimes: { tooLong: "Safe times must be 200 characters or fewer" },
  messageSafe: "Select whether it is safe to leave a message",
  someoneElse: "Select whether someone else could answer or see our messages",
  safeWord: { tooLong: "The word or phrase must be 50 characters or fewer" },

  crimeType: "Select what happened",
  crimeTypeOther: {
    required: "Tell us briefly what happened",
    tooLong: "What happened must be 100 characters or fewer",
  },
  whenKnown: "Select whether you know roughly when it happened",
  month: "Enter the month as a number from 1 to 12",
  year: "Enter the year as 4 numbers, like 2024",
  whenInFuture: "The date must be this month or in the past",
  area: { tooLong: "Area must be 100 characters or fewer" },
  reportedToPolice: "Select whether it was reported to the police",
  crimeReference: {
    tooLong: "Crime reference number must be 30 characters or fewer",
    invalid: "Crime reference number must only include letters, numbers, spaces, hyphens and slashes",
  },
  description: { tooLong: "Description must be 2,000 characters or fewer" },

  knowWho: "Select whether you know who is responsible",
  admitted: "Select whether they have admitted what they did",
  justiceStage: "Select where things are in the justice process",

  communicationWays: "Select at least one way you might want to communicate, or “I’m not sure yet”",
  anythingElse: { tooLong: "This must be 2,000 characters or fewer" },

  interpreter: "Select yes if you need an interpreter",
  interpreterLanguage: { required: "Enter the language you need", tooLong: "Language must be 50 characters or fewer" },
  accessibilityNeeds: { tooLong: "This must be 500 characters or fewer" },
  otherServices: { tooLong: "This must be 500 characters or fewer" },
  heardAbout: { invalid: "Select one of the ways listed, or leave this question" },
  heardAboutOther: { tooLong: "This must be 200 characters or fewer" },
} as const;
