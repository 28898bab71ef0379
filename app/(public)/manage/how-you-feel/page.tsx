import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AfterForm, StartForm } from "@/components/survey/wellbeing-forms";
import { TimeoutWarning } from "@/components/timeout-warning";
import { secondsUntil } from "@/lib/dates";
import { getDatabase } from "@/lib/db";
import { isFormAnswer } from "@/lib/http/form-answer";
import { personTitle } from "@/lib/person/page-titles";
import { MANAGE_BASE, personSessionOrRedirect } from "@/lib/person/person-session";
import { surveyOffer } from "@/lib/survey/person-survey";
import { answerAfterAction, answerStartAction, declineQuestionsAction, keepManageAlive } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return personTitle("questions", await isFormAnswer());
}

/** The questions on how they feel offered now: at the start while the case is open, how it went once it is closed. */
export default async function HowYouFeelPage() {
  const session = await personSessionOrRedirect();
  const offer = await surveyOffer((await getDatabase()).prisma, session.referralId);
  if (!offer?.stage) redirect(`${MANAGE_BASE}/request`);
  const after = offer.stage === "after";
  return (
    <>
      <a href={`${MANAGE_BASE}/request`} className="back-link">
        Back
      </a>
      <h1>{after ? "How did it go?" : "How do you feel now?"}</h1>
      <p className="lead">
        {after
          ? "A few questions about the service you had from us. Your answers help us do better for the next person."
          : "Three questions about how you feel now. Later we will ask them again, to see what changed for you."}
      </p>
      <p>
        You do not have to answer: nothing about your request depends on it. Your answers are kept without your name or
        contact details, and you can delete them here later. Once your request itself is deleted, nothing says whose
        they are any more, so they stay, and can no longer be picked out to delete.
      </p>
      {after ? (
        <AfterForm action={answerAfterAction} initialValues={{}} submitLabel="Send my answers" />
      ) : (
        <StartForm action={answerStartAction} initialValues={{}} submitLabel="Send my answers" />
      )}
      <h2>Rather not?</h2>
      <p>That is fine. We will not ask you again, by email, here or by phone.</p>
      <form action={declineQuestionsAction}>
        <button type="submit" className="button button--secondary">
          No thanks, do not ask me again
        </button>
      </form>
      <TimeoutWarning wording="manage" secondsLeft={secondsUntil(session.endsAt)} keepAlive={keepManageAlive} />
    </>
  );
}
