/**
 * Phone numbers published on the site. Only numbers that have been checked
 * belong here: the ones on the source page the project started from, and
 * long-established national lines. Never add a number from memory or a guess;
 * the provider's own details are settings (PROVIDER_PHONE, PROVIDER_CONTACT_EMAIL).
 */
export type HelpContact = { name: string; number?: string; tel?: string; when: string };

export const EMERGENCY: HelpContact = {
  name: "Police, in an emergency",
  number: "999",
  tel: "999",
  when: "if you are in danger now, or a crime is happening",
};

export const NON_EMERGENCY: HelpContact = {
  name: "Police, when it is not an emergency",
  number: "101",
  tel: "101",
  when: "to report a crime or get advice",
};

export const CRIMESTOPPERS: HelpContact = {
  name: "Crimestoppers",
  number: "0800 555 111",
  tel: "0800555111",
  when: "to pass on information about a crime without giving your name",
};

export const STOP_HATE_UK: HelpContact = {
  name: "Stop Hate UK",
  number: "0800 138 1625",
  tel: "08001381625",
  when: "to report hate crime or get support",
};

/** For under-18s: the NSPCC's national helpline for children. */
export const CHILDLINE: HelpContact = {
  name: "Childline",
  number: "0800 1111",
  tel: "08001111",
  when: "free and in confidence, for anyone under 18",
};

/** The Information Commissioner's Office helpline: complaints about how personal data is used. */
export const ICO: HelpContact = {
  name: "the Information Commissioner’s Office (ICO)",
  number: "0303 123 1113",
  tel: "03031231113",
  when: "to complain about how we use your personal data",
};

/** Named without a number: its contact details were not on the source page. */
export const VICTIM_CARE_MERSEYSIDE: HelpContact = {
  name: "Victim Care Merseyside",
  when: "free, confidential support for victims of crime in Merseyside, whether or not you reported it to the police",
};

export const HELP_CONTACTS = [EMERGENCY, NON_EMERGENCY, CRIMESTOPPERS, STOP_HATE_UK, VICTIM_CARE_MERSEYSIDE];

/**
 * Relay UK (BT's national relay service): a deaf person, or someone who cannot
 * hear or speak on the phone, dials 18001 and then the number, and a relay
 * assistant types and reads between them (through the Relay UK app or a
 * textphone). In an emergency the number is 18000.
 */
export const RELAY_UK = { prefix: "18001", emergency: "18000" } as const;

/** A phone number as Relay UK users dial it, in words and as a tel: link (national format: +44 becomes 0). */
export function relayDial(phone: string): { words: string; tel: string } {
  const national = phone.replace(/[^0-9+]/g, "").replace(/^\+44/, "0");
  return { words: `${RELAY_UK.prefix} ${phone.replace(/^\+44\s?/, "0")}`, tel: `tel:${RELAY_UK.prefix}${national}` };
}
