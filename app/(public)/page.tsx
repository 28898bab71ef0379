import { AskCallToAction } from "@/components/ask-call-to-action";
import { SERVICE_NAME } from "@/lib/content/site";

export default function HomePage() {
  return (
    <>
      <h1>{SERVICE_NAME}</h1>
      <p className="lead">
        If you have been harmed by a crime or conflict in Merseyside, restorative justice can give you the chance to be
        heard by the person responsible, to ask your questions and to tell them how it affected you.
      </p>
      <p>
        It only happens if you want it to, and only if the person responsible has admitted what they did and is willing
        to take part. A trained facilitator arranges everything and keeps it safe.
      </p>
      <div className="warning-callout">
        <p>
          <strong>If you are in danger now, call 999.</strong> To leave this site quickly, use “Exit this page” at the
          top of every page.
        </p>
      </div>

      <h2>Find out more</h2>
      <ul>
        <li>
          <a href="/what-is-restorative-justice">What restorative justice is</a>
        </li>
        <li>
          <a href="/how-it-works">How it works</a>
        </li>
        <li>
          <a href="/is-it-right-for-me">Is it right for me?</a>
        </li>
        <li>
          <a href="/benefits-and-evidence">Benefits and evidence</a>
        </li>
        <li>
          <a href="/what-happens-after-you-ask">What happens after you ask</a>
        </li>
        <li>
          <a href="/get-help-now">Get help now</a>
        </li>
      </ul>

      <AskCallToAction />
    </>
  );
}
