import { HELP_CONTACTS, type HelpContact } from "@/lib/content/help-contacts";

/** One checked number as a link a phone can call. Every number on the site goes through this (tests/unit/phone-numbers.test.ts). */
export function PhoneLink({ contact }: { contact: HelpContact }) {
  return contact.number && contact.tel ? (
    // dir="ltr": a number's groups stay in order inside a right-to-left sentence.
    <a className="phone" href={`tel:${contact.tel}`} dir="ltr">
      {contact.number}
    </a>
  ) : null;
}

export function ContactLine({ contact }: { contact: HelpContact }) {
  return (
    <>
      {contact.name}
      {contact.number && contact.tel ? (
        <>
          : <PhoneLink contact={contact} />
        </>
      ) : null}
      <span className="secondary"> – {contact.when}</span>
    </>
  );
}

/** The help numbers shown in the footer and on "Get help now". */
export function HelpContacts({ contacts = HELP_CONTACTS }: { contacts?: HelpContact[] }) {
  return (
    <ul className="contact-list">
      {contacts.map((contact) => (
        <li key={contact.name}>
          <ContactLine contact={contact} />
        </li>
      ))}
    </ul>
  );
}
