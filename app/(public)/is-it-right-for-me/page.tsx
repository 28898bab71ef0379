import { EasyReadLink } from "@/components/easy-read/easy-read-page";
import { EASY_READ } from "@/lib/content/easy-read";
import type { Metadata } from "next";
import { AskCallToAction } from "@/components/ask-call-to-action";
import { RelatedLinks } from "@/components/related-links";
import { pageTitle } from "@/lib/content/site";
import { PhoneLink } from "@/components/help-contacts";
import { CHILDLINE } from "@/lib/content/help-contacts";

const TITLE = pageTitle("/is-it-right-for-me");
export const metadata: Metadata = { title: TITLE };

export default function IsItRightForMePage() {
  return (
    <>
      <h1>{TITLE}</h1>
      <EasyReadLink href={EASY_READ.rightForMe.href} />
      <p className="lead">
        Only you can decide. It may help to think about what you would want from it, and to talk it through with a
        facilitator before you decide anything.
      </p>

      <h2>Who can use this service</h2>
      <p>You can ask through this service if:</p>
      <ul>
        <li>you are 18 or over, and</li>
        <li>you were harmed by a crime or conflict in Merseyside.</li>
      </ul>
      <p>
        It does not matter what kind of crime it was, how long ago it happened, or whether anyone has been to court.
      </p>

      <h2>If you are under 18</h2>
      <p>
        This service is for adults. Restorative justice is still possible for you: talk to an adult you trust, the
        police officer dealing with what happened, or Victim Care Merseyside, who can explain the options for young
        people. You can also talk to Childline, free and in confidence, on <PhoneLink contact={CHILDLINE} />.
      </p>

      <h2>Domestic abuse, sexual violence and non-recent child abuse</h2>
      <p>
        In these cases restorative justice is led by you. It is only considered if you ask for it: nobody will suggest
        it to you, and nobody will contact the person who harmed you, without your agreement. The facilitator will take
        particular care over your safety and will only go ahead if it is safe.
      </p>

      <h2>Things to think about</h2>
      <ul>
        <li>What would you want to say or ask?</li>
        <li>Would you rather meet, write, or send a recorded message or video?</li>
        <li>Who could support you while you take part?</li>
      </ul>
      <p>You do not need answers to these before you ask. The facilitator will help you think them through.</p>

      <AskCallToAction />
      <RelatedLinks hrefs={["/what-happens-after-you-ask", "/get-help-now", "/how-it-works"]} />
    </>
  );
}
