import type { Metadata } from "next";
import { AskCallToAction } from "@/components/ask-call-to-action";
import { ProviderContact } from "@/components/provider-contact";
import { pageTitle } from "@/lib/content/site";

const TITLE = pageTitle("/about-restorative-solutions");
export const metadata: Metadata = { title: TITLE };

export default function AboutProviderPage() {
  return (
    <>
      <h1>{TITLE}</h1>
      <p className="lead">
        Restorative Solutions provides restorative justice in Merseyside. It is the provider commissioned by the Police
        and Crime Commissioner for Merseyside.
      </p>
      <p>
        Its trained facilitators are the people who will contact you if you ask for restorative justice through this
        site. They prepare and support everyone who takes part, and make sure the process is safe.
      </p>

      <h2>Contacting Restorative Solutions</h2>
      <ProviderContact fallback="The quickest way to reach Restorative Solutions is to ask through this site: a facilitator will contact you in the way you say is safe." />

      <AskCallToAction />
    </>
  );
}
