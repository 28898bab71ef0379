import type { Metadata } from "next";
import { ContactLine, PhoneLink } from "@/components/help-contacts";
import {
  CRIMESTOPPERS,
  EMERGENCY,
  NON_EMERGENCY,
  RELAY_UK,
  STOP_HATE_UK,
  VICTIM_CARE_MERSEYSIDE,
} from "@/lib/content/help-contacts";
import { pageTitle } from "@/lib/content/site";

const TITLE = pageTitle("/get-help-now");
export const metadata: Metadata = { title: TITLE };

export default function GetHelpNowPage() {
  return (
    <>
      <h1>{TITLE}</h1>
      <div className="warning-callout">
        <p>
          <strong>
            If you are in danger now, call <PhoneLink contact={EMERGENCY} />.
          </strong>
        </p>
        <p>
          If you cannot speak when you call 999 from a mobile, stay on the line and press 55 when asked: this tells the
          operator you need the police.
        </p>
      </div>

      <h2>If you are deaf, or cannot hear or speak on the phone</h2>
      <p>
        In an emergency, use Relay UK by dialling {RELAY_UK.emergency}, or text 999 if you have registered with
        emergencySMS (to register, text the word “register” to 999).
      </p>
      <p>
        To reach any other number through Relay UK, dial {RELAY_UK.prefix} and then the number. If you ask us for
        restorative justice, you can choose to be contacted by text message or email only: choose them under “Contacting
        you safely”, and we will not phone you.
      </p>

      <h2>The police</h2>
      <ul className="contact-list">
        <li>
          <ContactLine contact={EMERGENCY} />
        </li>
        <li>
          <ContactLine contact={NON_EMERGENCY} />
        </li>
      </ul>

      <h2>Reporting without giving your name</h2>
      <ul className="contact-list">
        <li>
          <ContactLine contact={CRIMESTOPPERS} />
        </li>
      </ul>

      <h2>Hate crime</h2>
      <ul className="contact-list">
        <li>
          <ContactLine contact={STOP_HATE_UK} />
        </li>
      </ul>

      <h2>Support after a crime</h2>
      <ul className="contact-list">
        <li>
          <ContactLine contact={VICTIM_CARE_MERSEYSIDE} />
        </li>
      </ul>
      <p>
        You do not need to have reported the crime to the police to get support, and you do not need to want restorative
        justice.
      </p>

      <h2>Leaving this site quickly</h2>
      <p>
        Use “Exit this page” at the top of every page to leave at once. Read{" "}
        <a href="/staying-safe-online">staying safe online</a> for what it does and does not do.
      </p>
    </>
  );
}
