/**
 * Who asked on the person's behalf, in words: as rows on "Check your answers"
 * (in the referrer's own words), and as one line for staff and the provider
 * email ("Asked for by … with the person's agreement …").
 */
import { formatDate } from "@/lib/dates";
import { labelOf as optionLabel } from "./options";
import { AGREED_HOW, REFERRER_ROLES } from "./referrer";

const labelOf = (options: Parameters<typeof optionLabel>[0], value: string) => optionLabel(options, value) ?? value;

/** What a referrer gave, as the draft holds it (answers) or the `referrers` table (agreedOn a date). */
export type ReferrerDetails = {
  role: string;
  name: string;
  organisation?: string | null;
  email?: string | null;
  phone?: string | null;
  agreedHow: string;
  agreedOn: string | Date;
  mayContactReferrer: boolean | "yes" | "no";
};

function dayOf(value: string | Date): string {
  return formatDate(typeof value === "string" ? new Date(`${value}T12:00:00Z`) : value);
}

const mayContact = (r: ReferrerDetails) => r.mayContactReferrer === true || r.mayContactReferrer === "yes";

/** "In person, on 3 Dec 2026" */
export function agreementLine(r: ReferrerDetails): string {
  return `${labelOf(AGREED_HOW, r.agreedHow)}, on ${dayOf(r.agreedOn)}`;
}

/** "Asked for by Sam Lee (Police, Merseyside Police) with the person's agreement (by phone, on 3 Dec 2026)". */
export function askedForByLine(r: ReferrerDetails): string {
  const who = [labelOf(REFERRER_ROLES, r.role), r.organisation].filter(Boolean).join(", ");
  const how = labelOf(AGREED_HOW, r.agreedHow).toLowerCase();
  return `Asked for by ${r.name} (${who}) with the person’s agreement (${how}, on ${dayOf(r.agreedOn)})`;
}

/** What the provider may do with the referrer: talk about the case only if the person asked for that. */
export function contactRuleLine(r: ReferrerDetails): string {
  return mayContact(r)
    ? "The person asked that the provider may also talk to the referrer about it."
    : "Contact the person, not the referrer: they did not ask for the referrer to be told about it.";
}

export type ReferrerRow = { name: string; question: string; answer: string };

/** The rows the referrer checks before sending, in their own words ("Your name"). */
export function referrerRows(r: ReferrerDetails): ReferrerRow[] {
  return [
    { name: "role", question: "Asked by", answer: labelOf(REFERRER_ROLES, r.role) },
    { name: "name", question: "Your name", answer: r.name },
    ...(r.role === "familyFriend"
      ? []
      : [{ name: "organisation", question: "Your organisation", answer: r.organisation ?? "" }]),
    { name: "email", question: "Your email address", answer: r.email || "Not given" },
    { name: "phone", question: "Your phone number", answer: r.phone || "Not given" },
    { name: "agreed", question: "Their agreement", answer: agreementLine(r) },
    {
      name: "mayContactReferrer",
      question: "The provider may talk to you about it",
      answer: mayContact(r) ? "Yes" : "No",
    },
  ];
}

/** How staff can reach the referrer, if they need to (the person's own contact details come first). */
export function referrerContactRows(r: ReferrerDetails): ReferrerRow[] {
  return [
    { name: "email", question: "Referrer’s email", answer: r.email || "Not given" },
    { name: "phone", question: "Referrer’s phone", answer: r.phone || "Not given" },
  ];
}
