import { HELP_CONTACTS, type HelpContact } from "@/lib/content/help-contacts";

export function ContactLine({ contact }: { contact: HelpContact }) {
  return (
    <>
      {contact.name}
      {contact.number && contact.tel ? (
        <>
          : <a className="phone" href={`tel:${contact.tel}`}>{contact.number}</a>
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
