import type { Metadata } from "next";
import { ProviderContact } from "@/components/provider-contact";
import { pageTitle } from "@/lib/content/site";

const TITLE = pageTitle("/privacy");
export const metadata: Metadata = { title: TITLE };

export default function PrivacyPage() {
  return (
    <>
      <h1>{TITLE}</h1>
      <p className="lead">This notice explains what information this service keeps about you, why, and what your rights are.</p>

      <h2>Who is responsible for your information</h2>
      <p>
        Restorative Solutions, the restorative justice provider commissioned by the Police and Crime Commissioner for
        Merseyside, is responsible for the information you give through this service.
      </p>

      <h2>What we collect</h2>
      <p>
        Reading this site does not ask for any information about you. If you ask for restorative justice, we only
        collect the answers you choose to give, after you have agreed to share them. We ask only for what a
        facilitator needs to contact you safely and to understand what happened.
      </p>

      <h2>Why we use it</h2>
      <p>
        We use your answers so that a facilitator can contact you, in the way you said is safe, to talk about
        restorative justice. We do not share anything with the person who harmed you without your agreement.
      </p>

      <h2>Cookies and storage</h2>
      <ul>
        <li>This site does not use analytics, advertising or tracking cookies, and loads nothing from other websites.</li>
        <li>
          While you fill in the form to ask, one cookie links your browser to your answers, which are kept on our
          server, not in your browser. The cookie holds only a random code. It is removed when you close your browser
          or use “Exit this page”. Unfinished answers are deleted when you send them, when you use “Exit this page”, or
          after 60 minutes without activity.
        </li>
      </ul>

      <h2>How long we keep it</h2>
      <p>
        Unfinished answers are deleted after a short period without activity. Requests are kept only for as long as
        they are needed for your case and then deleted on a fixed schedule.
      </p>

      <h2>Your rights</h2>
      <p>
        You can ask to see the information we hold about you, to correct it, or to have it deleted, and you can
        withdraw your agreement at any time. To do any of these, contact Restorative Solutions:
      </p>
      <ProviderContact fallback="Ask through this site, or through Victim Care Merseyside, and say what you would like." />
      <p>
        If you are unhappy with how your information has been handled, you can complain to the Information
        Commissioner’s Office (ICO) on <a className="phone" href="tel:03031231113">0303 123 1113</a>.
      </p>
    </>
  );
}
