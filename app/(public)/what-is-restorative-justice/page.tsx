import { EasyReadLink } from "@/components/easy-read/easy-read-page";
import { EASY_READ } from "@/lib/content/easy-read";
import type { Metadata } from "next";
import { AskCallToAction } from "@/components/ask-call-to-action";
import { RelatedLinks } from "@/components/related-links";
import { pageTitle } from "@/lib/content/site";

const TITLE = pageTitle("/what-is-restorative-justice");
export const metadata: Metadata = { title: TITLE };

export default function WhatIsRestorativeJusticePage() {
  return (
    <>
      <h1>{TITLE}</h1>
      <EasyReadLink href={EASY_READ.what.href} />
      <p className="lead">
        Restorative justice brings together people harmed by a crime or conflict and the people responsible, so that the
        person harmed can be heard and everyone can find a positive way forward.
      </p>
      <p>
        It is sometimes shortened to “RJ”. It is a newer way of dealing with the harm that crime and conflict cause.
      </p>

      <h2>What it can give you</h2>
      <ul>
        <li>A chance to tell the person responsible how what they did really affected you.</li>
        <li>Answers to your questions, including “why me?”.</li>
        <li>A chance to challenge their behaviour and hold them to account, in a safe setting.</li>
        <li>A voice: many people find it helps them feel more in control and more confident again.</li>
      </ul>
      <p>
        For the person responsible, it means facing the harm they caused, taking responsibility and trying to put things
        right. That can also help stop them doing it again.
      </p>

      <h2>It is not a soft option</h2>
      <p>
        Meeting or hearing from the person who harmed you can be very powerful. For many people it is a big step towards
        moving on and recovering from what happened.
      </p>

      <h2>Two things must be true</h2>
      <div className="inset">
        <p>
          The person responsible must have admitted the crime, and both of you must be willing to take part. Nobody can
          be made to do it.
        </p>
      </div>

      <AskCallToAction />
      <RelatedLinks hrefs={["/how-it-works", "/is-it-right-for-me", "/benefits-and-evidence"]} />
    </>
  );
}
