import type { Metadata } from "next";
import { SubmitAnswersForm } from "@/components/submit-answers-form";
import { ChangeRows } from "@/components/change-rows";
import { TimeoutWarning } from "@/components/timeout-warning";
import { summariseAnswers } from "@/lib/referrals/answers-summary";
import { STEPS } from "@/lib/referrals/questions";
import { errorTarget } from "@/lib/referrals/form-fields";
import { FOR_SOMEONE_ELSE_PATH, REFERRER_FIELDS } from "@/lib/referrals/referrer";
import { referrerRows, type ReferrerDetails } from "@/lib/referrals/referrer-summary";
import { draftOrRedirect } from "@/lib/referrals/journey-session";
import { keepJourneyAlive, submitAnswers } from "../actions";
import { secondsUntil } from "@/lib/dates";

export const metadata: Metadata = { title: "Check your answers before sending your request" };

function WhoIsAsking({ referrer }: { referrer: ReferrerDetails }) {
  return (
    <section aria-labelledby="section-who-is-asking">
      <h2 id="section-who-is-asking">Who is asking</h2>
      <ChangeRows
        rows={referrerRows(referrer).map((row) => ({
          ...row,
          changeHref: `${FOR_SOMEONE_ELSE_PATH}?return=check#${errorTarget(REFERRER_FIELDS, row.name)}`,
        }))}
      />
    </section>
  );
}

export default async function CheckAnswersPage() {
  const draft = await draftOrRedirect();
  const onBehalf = draft.answers.onBehalf;
  // Asked for someone else: the questions as staff read them, about "them".
  const sections = summariseAnswers(draft.answers.steps, onBehalf ? "staff" : "person");

  return (
    <>
      <a href={STEPS.support.path} className="back-link">
        Back
      </a>
      <h1>Check your answers before sending your request</h1>
      {onBehalf ? <WhoIsAsking referrer={onBehalf} /> : null}
      {sections.map((section) => (
        <section key={section.step} aria-labelledby={`section-${section.step}`}>
          <h2 id={`section-${section.step}`}>{section.title}</h2>
          {section.rows.length === 0 ? (
            <p>
              Not answered yet.{" "}
              <a href={`${STEPS[section.step].path}?return=check`}>
                Answer the questions<span className="visually-hidden"> in {section.title}</span>
              </a>
            </p>
          ) : (
            <ChangeRows rows={section.rows} />
          )}
        </section>
      ))}

      <h2>Now send your request</h2>
      {onBehalf ? (
        <p>
          By sending this request you confirm that they know about it and agreed that Restorative Solutions can contact
          them, in the ways chosen here, to talk about restorative justice. They can change their mind at any time.
        </p>
      ) : (
        <p>
          By sending this request you agree that Restorative Solutions can contact you in the ways you chose, to talk
          about restorative justice. You can change your mind at any time.
        </p>
      )}
      <SubmitAnswersForm action={submitAnswers} />
      <TimeoutWarning secondsLeft={secondsUntil(draft.expiresAt)} keepAlive={keepJourneyAlive} />
    </>
  );
}
