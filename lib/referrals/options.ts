/** The answer options the journey offers, with the words shown for each. */

export type Option<V extends string = string> = { value: V; label: string; hint?: string };

export const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
] as const satisfies readonly Option[];

export const YES_NO_NOT_SURE = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "notSure", label: "I’m not sure" },
] as const satisfies readonly Option[];

export const CONTACT_METHODS = [
  { value: "phone", label: "Phone call" },
  { value: "text", label: "Text message" },
  { value: "email", label: "Email" },
  { value: "letter", label: "Letter" },
] as const satisfies readonly Option[];

export const CRIME_TYPES = [
  { value: "violence", label: "Violence or assault" },
  { value: "domesticAbuse", label: "Domestic abuse" },
  { value: "sexualViolence", label: "Sexual violence or assault" },
  { value: "hateCrime", label: "Hate crime" },
  { value: "burglary", label: "Burglary" },
  { value: "robbery", label: "Robbery" },
  { value: "theft", label: "Theft" },
  { value: "criminalDamage", label: "Criminal damage or arson" },
  { value: "antisocialBehaviour", label: "Antisocial behaviour" },
  { value: "harassment", label: "Harassment or stalking" },
  { value: "fraud", label: "Fraud or a scam" },
  { value: "driving", label: "A driving offence" },
  { value: "other", label: "Something else" },
] as const satisfies readonly Option[];

/** The crime type of a short request in another language: not asked yet (staff ask, with an interpreter). */
export const NOT_ASKED = "notAsked";

/** Every stored crime type in words, for the figures and exports (the journey offers only CRIME_TYPES). */
export const CRIME_TYPE_WORDS: readonly Option[] = [
  ...CRIME_TYPES,
  { value: NOT_ASKED, label: "Not asked yet (a short request in another language)" },
];

/** Crime types that make a referral sensitive (and led by the victim). */
export const SENSITIVE_CRIME_TYPES: readonly string[] = ["domesticAbuse", "sexualViolence", "hateCrime"];

export const JUSTICE_STAGES = [
  { value: "notReported", label: "It has not been reported to the police" },
  { value: "investigation", label: "The police are investigating" },
  { value: "charged", label: "They have been charged and are waiting for court" },
  { value: "convicted", label: "They have been found guilty" },
  { value: "inPrison", label: "They are in prison" },
  { value: "onProbation", label: "They are on probation or doing a community sentence" },
  { value: "communityResolution", label: "It was dealt with by a community resolution or caution" },
  { value: "notSure", label: "I’m not sure" },
] as const satisfies readonly Option[];

export const COMMUNICATION_WAYS = [
  { value: "meeting", label: "Meeting them, with a facilitator there" },
  { value: "letter", label: "Writing or receiving a letter" },
  { value: "recording", label: "A recorded message" },
  { value: "video", label: "A video" },
  { value: "notSure", label: "I’m not sure yet" },
] as const satisfies readonly Option[];

/** How people heard about the service: a fixed list, so the figures can count it. */
export const HEARD_ABOUT = [
  { value: "police", label: "The police" },
  { value: "victimCare", label: "Victim Care Merseyside or another support service" },
  { value: "justiceService", label: "Probation, a prison or a youth justice service" },
  { value: "healthOrCouncil", label: "A doctor, health service or the council" },
  { value: "friendOrFamily", label: "A friend or family member" },
  { value: "online", label: "An internet search, website or social media" },
  { value: "leaflet", label: "A leaflet or poster" },
  { value: "other", label: "Somewhere else" },
] as const satisfies readonly Option[];

type Values<T extends readonly Option[]> = T[number]["value"];
export const values = <T extends readonly Option[]>(options: T) =>
  options.map((o) => o.value) as unknown as [Values<T>, ...Values<T>[]];

export function labelOf(options: readonly Option[], value: string | undefined): string | undefined {
  return options.find((o) => o.value === value)?.label;
}
