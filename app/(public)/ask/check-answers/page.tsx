import type { Metadata } from "next";
import { SubmitAnswersForm } from "@/components/submit-answers-form";
import { TimeoutWarning } from "@/components/timeout-warning";
import { summariseAnswers } from "@/lib/referrals/answers-summary";
import { STEPS } from "@/lib/referrals/questions";
import { draftOrRedirect } from "@/lib/referrals/journey-session";
import { keepJourneyAlive, submitAnswers } from "../actions";
import { secondsUntil } from "@/lib/dates";

export const metadata: Metadata = { title: "Check your answers before sending your request" };

export default async function CheckAnswersPage() {
  const draft = await draftOrRedirect();
  const sections = summariseAnswers(draft.answers.steps);

  return (
    <>
      <a href={STEPS.support.path} className="back-link">
        Back
      </a>
      <h1>Check your answers before sending your request</h1>
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
            <dl className="summary-list">
              {section.rows.map((row) => (
                <div className="summary-list__row" key={row.name}>
                  <dt className="summary-list__key">{row.question}</dt>
                  <dd className="summary-list__value">{row.answer}</dd>
                  <dd className="summary-list__actions">
                    <a href={row.changeHref}>
                      Change<span className="visually-hidden"> {row.question.toLowerCase()}</span>
                    </a>
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      ))}

      <h2>Now send your request</h2>
      <p>
        By sending this request you agree that Restorative Solutions can contact you in the ways you chose, to talk
        about restorative justice. You can change your mind at any time.
      </p>
      <SubmitAnswersForm action={submitAnswers} />
      <TimeoutWarning secondsLeft={secondsUntil(draft.expiresAt)} keepAlive={keepJourneyAlive} />
    </>
  );
}
