import type { Metadata } from "next";
import { AskCallToAction } from "@/components/ask-call-to-action";
import { RelatedLinks } from "@/components/related-links";
import { pageTitle } from "@/lib/content/site";

const TITLE = pageTitle("/how-it-works");
export const metadata: Metadata = { title: TITLE };

export default function HowItWorksPage() {
  return (
    <>
      <h1>{TITLE}</h1>
      <p className="lead">
        Restorative justice is always voluntary. You decide whether to take part, and you can stop at any time.
      </p>

      <h2>A facilitator keeps it safe</h2>
      <p>
        A trained facilitator supports everyone who takes part. They talk to you first, help you prepare, and make sure
        the process is safe before anything happens. They only go ahead if it is safe and you want to.
      </p>

      <h2>Before anything can happen</h2>
      <ul>
        <li>The person responsible must have admitted the crime.</li>
        <li>You and the person responsible must both be willing to take part.</li>
      </ul>

      <h2>Ways to communicate</h2>
      <p>You do not have to meet the person who harmed you. The facilitator can arrange for you to communicate by:</p>
      <ul>
        <li>meeting face to face, with the facilitator there</li>
        <li>letters</li>
        <li>a recorded interview</li>
        <li>video</li>
      </ul>
      <p>You can choose the way that feels right for you, and you can change your mind.</p>

      <h2>Any crime, any stage</h2>
      <p>
        Restorative justice can be used for any type of crime, and at any stage of the criminal justice system,
        including while the person responsible is serving a prison sentence. It does not replace a sentence.
      </p>

      <AskCallToAction />
      <RelatedLinks hrefs={["/is-it-right-for-me", "/what-happens-after-you-ask", "/benefits-and-evidence"]} />
    </>
  );
}
