import type { Metadata } from "next";
import { cookies } from "next/headers";
import { cache } from "react";
import { ProviderContact } from "@/components/provider-contact";
import { AfterForm } from "@/components/survey/wellbeing-forms";
import { getDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { isFormAnswer } from "@/lib/http/form-answer";
import { personTitle } from "@/lib/person/page-titles";
import { LINK_TOKEN_PATTERN } from "@/lib/person/person-links";
import { surveyCookieName, surveyLinkState, type LinkCheck, type LinkProblem } from "@/lib/survey/survey-link";
import { answerSurveyAction, declineSurveyAction, newSurveyLinkAction } from "./actions";

/** The link in this browser's cookie, and whether it may still be answered: read once a request, for the title and the page. */
const linkCheck = cache(async (): Promise<LinkCheck> => {
  const token = (await cookies()).get(surveyCookieName(env().https))?.value ?? "";
  if (!LINK_TOKEN_PATTERN.test(token)) return { ok: false, problem: "unknown" };
  return surveyLinkState((await getDatabase()).prisma, token);
});

export async function generateMetadata(): Promise<Metadata> {
  return (await linkCheck()).ok ? personTitle("questions", await isFormAnswer()) : personTitle("linkProblem");
}

const PROBLEM: Record<LinkProblem, string> = {
  used: "It has been used already: the answers were sent, or you said no thanks.",
  expired: "It was sent some time ago, and it has now expired.",
  unknown: "It may have been copied wrongly, or a newer email has replaced it.",
};

/** The questions reached from the survey email (the token came in a cookie: survey/link/[token]/route.ts). */
export default async function SurveyPage() {
  const check = await linkCheck();
  if (!check.ok)
    return (
      <>
        <h1>This link no longer works</h1>
        <p>{PROBLEM[check.problem]}</p>
        {check.problem === "expired" ? (
          <form action={newSurveyLinkAction}>
            <button type="submit" className="button">
              Email me a new link
            </button>
          </form>
        ) : null}
        <h2>If you still want to answer</h2>
        <p>
          Sign in to <a href="/manage">Manage your request</a>: the questions are there for you until you answer them or
          say no thanks. Or tell us your answers by phone:
        </p>
        <ProviderContact fallback="Call the facilitator and give your reference number." />
      </>
    );
  return (
    <>
      <h1>How did it go?</h1>
      <p className="lead">
        A few questions about the service you had from us. Your answers help us do better for the next person.
      </p>
      <p>
        Your answers are kept without your name or contact details. Staff read what you write in the last box, and it is
        never published. You can send this once, and delete your answers later in Manage your request. Once your request
        itself is deleted, nothing says whose they are any more, so they stay.
      </p>
      <AfterForm action={answerSurveyAction} initialValues={{}} submitLabel="Send my answers" />
      <h2>Rather not?</h2>
      <p>That is fine. We will not ask you again.</p>
      <form action={declineSurveyAction}>
        <button type="submit" className="button button--secondary">
          No thanks, do not ask me again
        </button>
      </form>
    </>
  );
}
