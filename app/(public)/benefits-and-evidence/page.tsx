import type { Metadata } from "next";
import { AskCallToAction } from "@/components/ask-call-to-action";
import { RelatedLinks } from "@/components/related-links";
import { pageTitle } from "@/lib/content/site";

const TITLE = pageTitle("/benefits-and-evidence");
export const metadata: Metadata = { title: TITLE };

export default function BenefitsAndEvidencePage() {
  return (
    <>
      <h1>{TITLE}</h1>
      <p className="lead">
        Many people who take part say it helped them regain their confidence and cope with, and recover from, what
        happened to them. For some, it follows a frightening and life-changing experience.
      </p>

      <h2>What studies have found</h2>
      <p>Studies of restorative justice have found that:</p>
      <ul className="figures">
        <li>
          <strong>85%</strong> of victims who took part in a face-to-face meeting were satisfied with it
        </li>
        <li>
          <strong>78%</strong> of victims who took part would recommend it to other victims
        </li>
        <li>
          <strong>£8</strong> was saved for every £1 spent, because restorative justice reduced how often people
          reoffended
        </li>
        <li>It reduced victims’ symptoms of post-traumatic stress disorder (PTSD)</li>
        <li>It significantly reduced victims’ fear and anger</li>
      </ul>
      <p className="secondary">
        These findings are from research on restorative justice as published by the Police and Crime Commissioner for
        Merseyside. The satisfaction, recommendation and savings figures come from the evaluation of restorative justice
        schemes carried out for the Ministry of Justice.
      </p>
      <p>
        <a href="/how-we-are-doing">How we are doing</a>: what people who used this service told us afterwards.
      </p>

      <h2>It can help stop reoffending</h2>
      <p>
        Facing the person they harmed helps many people understand the effect of what they did and take responsibility
        for it, which can help stop them doing it again.
      </p>

      <AskCallToAction />
      <RelatedLinks hrefs={["/what-is-restorative-justice", "/is-it-right-for-me", "/what-happens-after-you-ask"]} />
    </>
  );
}
