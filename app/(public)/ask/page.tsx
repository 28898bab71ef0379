import { EasyReadLink } from "@/components/easy-read/easy-read-page";
import { EASY_READ } from "@/lib/content/easy-read";
import type { Metadata } from "next";
import { ConsentForm } from "@/components/form/consent-form";
import { pageTitle } from "@/lib/content/site";
import { DRAFT_IDLE_MINUTES } from "@/lib/referrals/draft";
import { startJourney } from "./actions";
import { FOR_SOMEONE_ELSE_PATH } from "@/lib/referrals/referrer";
import { isFormAnswer } from "@/lib/http/form-answer";

const TITLE = pageTitle("/ask");
export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await isFormAnswer()) ? "Error: " : ""}${TITLE}` };
}

/** The start page: what asking means, what we will ask, and consent before any question. */
export default function AskPage() {
  return (
    <>
      <h1>{TITLE}</h1>
      <EasyReadLink href={EASY_READ.howToAsk.href} />
      <p className="lead">
        Use this form to ask Restorative Solutions, the restorative justice provider for Merseyside, to contact you.
      </p>

      <h2>What asking means</h2>
      <ul>
        <li>A trained facilitator will contact you, only in the way you tell us is safe, to talk it through.</li>
        <li>Nothing happens with the person who harmed you unless you agree.</li>
        <li>You can stop at any time, before or after anyone contacts you.</li>
      </ul>

      <h2>What we will ask</h2>
      <ul>
        <li>your name, and whether you are 18 or over</li>
        <li>how and when it is safe to contact you</li>
        <li>what happened, and what you know about the person responsible</li>
        <li>what you would like, and any support you need</li>
      </ul>
      <p>
        It takes about 10 minutes. Only answer what you are comfortable with: questions marked “(optional)” can be left
        blank. Your answers are deleted if you do nothing for {DRAFT_IDLE_MINUTES} minutes, or if you use “Exit this
        page”.
      </p>

      <h2>What happens to your answers</h2>
      <p>
        Your answers are sent to Restorative Solutions and kept securely. They are not shared with the person who harmed
        you without your agreement. Read the <a href="/privacy">privacy notice</a> for more.
      </p>

      <h2>Asking for someone else?</h2>
      <p>
        If you are a professional, or a family member or friend, and the person knows and agrees,{" "}
        <a href={FOR_SOMEONE_ELSE_PATH}>ask for someone else</a> instead. The questions are about them.
      </p>

      <h2>Asking for yourself</h2>
      <ConsentForm action={startJourney} />
    </>
  );
}
