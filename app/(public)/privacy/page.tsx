import type { Metadata } from "next";
import { ProviderContact } from "@/components/provider-contact";
import { pageTitle } from "@/lib/content/site";
import { env } from "@/lib/env";
import { PhoneLink } from "@/components/help-contacts";
import { ICO } from "@/lib/content/help-contacts";

const TITLE = pageTitle("/privacy");
export const metadata: Metadata = { title: TITLE };

/** "2 years" for whole years, otherwise days: the settings are in days. */
function period(days: number): string {
  return days % 365 === 0 ? `${days / 365} year${days === 365 ? "" : "s"}` : `${days} days`;
}

export default function PrivacyPage() {
  const settings = env();
  return (
    <>
      <h1>{TITLE}</h1>
      <p className="lead">
        This notice explains what information this service keeps about you, why, and what your rights are.
      </p>

      <h2>Who is responsible for your information</h2>
      <p>
        Restorative Solutions, the restorative justice provider commissioned by the Police and Crime Commissioner for
        Merseyside, is responsible for the information you give through this service.
      </p>

      <h2>What we collect</h2>
      <p>
        Reading this site does not ask for any information about you. If you ask for restorative justice, we only
        collect the answers you choose to give, after you have agreed to share them. We ask only for what a facilitator
        needs to contact you safely and to understand what happened.
      </p>
      <p>
        If someone asks for you, with your agreement, we also keep who they are, how to reach them and how you agreed.
        Their details are kept apart from yours, and are deleted with your request. We contact you, not them, unless you
        asked us to talk to them too, and we never tell them how your request goes.
      </p>

      <h2>Why we use it</h2>
      <p>
        We use your answers so that a facilitator can contact you, in the way you said is safe, to talk about
        restorative justice. We do not share anything with the person who harmed you without your agreement.
      </p>

      <h2>Cookies and storage</h2>
      <ul>
        <li>
          This site does not use analytics, advertising or tracking cookies, and loads nothing from other websites.
        </li>
        <li>
          While you fill in the form to ask, one cookie links your browser to your answers, which are kept on our
          server, not in your browser. The cookie holds only a random code. It is removed when you close your browser or
          use “Exit this page”. Unfinished answers are deleted when you send them, when you use “Exit this page”, or
          after 60 minutes without activity.
        </li>
      </ul>

      <h2>How long we keep it</h2>
      <ul>
        <li>Unfinished answers are deleted after 60 minutes without activity.</li>
        <li>
          When your case is closed, we keep your request for {period(settings.retentionClosedDays)}, in case you come
          back to us. Then your name, contact details, answers and the notes about your case are deleted for good.
        </li>
        <li>
          If you withdraw before anyone has contacted you, or withdraw online yourself, they are deleted{" "}
          {period(settings.retentionWithdrawnDays)} after that, or within a month if you ask us to delete them.
        </li>
        <li>
          We keep only numbers that cannot identify you, such as how many people asked in a month and how long it took
          to contact them, to report to the Police and Crime Commissioner.
        </li>
      </ul>

      <h2>Your rights</h2>
      <p>
        You can ask to see the information we hold about you, to correct it, or to have it deleted, and you can withdraw
        your agreement at any time. You can change how we contact you, pause or withdraw your request yourself at{" "}
        <a href="/manage">manage your request</a> (if you gave an email address, we email a link to it only when you
        ask). To do any of these, you can also contact Restorative Solutions:
      </p>
      <ProviderContact fallback="Ask through this site, or through Victim Care Merseyside, and say what you would like." />
      <p>
        If you are unhappy with how your information has been handled, you can complain to the Information
        Commissioner’s Office (ICO) on <PhoneLink contact={ICO} />.
      </p>
    </>
  );
}
