import type { Metadata } from "next";
import { AskCallToAction } from "@/components/ask-call-to-action";
import { RelatedLinks } from "@/components/related-links";
import { pageTitle } from "@/lib/content/site";

const TITLE = pageTitle("/what-happens-after-you-ask");
export const metadata: Metadata = { title: TITLE };

export default function WhatHappensAfterYouAskPage() {
  return (
    <>
      <h1>{TITLE}</h1>
      <p className="lead">
        Asking is the start of a conversation, not a commitment. Nothing happens without your agreement.
      </p>

      <ol>
        <li>
          <strong>You tell us how to contact you safely.</strong> You choose how we may contact you and when, whether it
          is safe to leave a message, and a word we can use so you know it is us.
        </li>
        <li>
          <strong>A facilitator from Restorative Solutions contacts you</strong>, only in the way you said is safe, to
          talk about what happened and what you would like.
        </li>
        <li>
          <strong>You decide whether to go ahead.</strong> The facilitator explains the options and checks it is safe
          and suitable. You can take your time.
        </li>
        <li>
          <strong>The person responsible is only approached if you agree.</strong> They must have admitted the crime and
          be willing to take part too.
        </li>
        <li>
          <strong>You prepare together.</strong> If you both agree, the facilitator helps you prepare for a meeting,
          letters, a recorded interview or video, and supports you afterwards.
        </li>
      </ol>

      <h2>You can stop at any time</h2>
      <p>
        You can change your mind at any point, before or after anything has been arranged, and you do not have to give a
        reason.
      </p>

      <AskCallToAction />
      <RelatedLinks hrefs={["/is-it-right-for-me", "/privacy", "/get-help-now"]} />
    </>
  );
}
