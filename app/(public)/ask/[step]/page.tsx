import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JourneyStepForm } from "@/components/form/journey-step-form";
import { TimeoutWarning } from "@/components/timeout-warning";
import { JOURNEY_BASE, STEP_ORDER, STEPS } from "@/lib/referrals/questions";
import { toFormValues } from "@/lib/referrals/read-form";
import { currentDraft, draftOrRedirect, wordingOf } from "@/lib/referrals/journey-session";
import { wordedStep } from "@/lib/referrals/their-wording";
import { THEIR_MESSAGES } from "@/lib/referrals/their-messages";
import type { StepId } from "@/lib/referrals/schema";
import { keepJourneyAlive, saveStepAnswers } from "../actions";
import { secondsUntil } from "@/lib/dates";
import { isFormAnswer } from "@/lib/http/form-answer";

type Props = {
  params: Promise<{ step: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function asStep(value: string): StepId | undefined {
  return STEP_ORDER.includes(value as StepId) ? (value as StepId) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const step = asStep((await params).step);
  if (!step) return { title: "Page not found" };
  const wording = wordingOf(await currentDraft());
  return { title: `${(await isFormAnswer()) ? "Error: " : ""}${wordedStep(step, wording).title}` };
}

export default async function StepPage({ params, searchParams }: Props) {
  const step = asStep((await params).step);
  if (!step) notFound();
  const draft = await draftOrRedirect();

  const returnTo = (await searchParams).return === "check" ? "check" : undefined;
  const index = STEP_ORDER.indexOf(step);
  const back = returnTo
    ? `${JOURNEY_BASE}/check-answers`
    : index === 0
      ? JOURNEY_BASE
      : STEPS[STEP_ORDER[index - 1]!].path;
  const wording = wordingOf(draft);
  const definition = wordedStep(step, wording);

  return (
    <>
      <a href={back} className="back-link">
        Back
      </a>
      <p className="caption">
        Step {index + 1} of {STEP_ORDER.length}
      </p>
      <h1>{definition.title}</h1>
      {definition.intro ? <p>{definition.intro}</p> : null}
      <JourneyStepForm
        step={step}
        fields={definition.fields}
        action={saveStepAnswers.bind(null, step)}
        initialValues={toFormValues(draft.answers.steps[step])}
        returnTo={returnTo}
        // Sent only when asked for someone else: the English messages stay out of the page's scripts.
        reworded={wording === "theirs" ? THEIR_MESSAGES : undefined}
      />
      <TimeoutWarning secondsLeft={secondsUntil(draft.expiresAt)} keepAlive={keepJourneyAlive} />
    </>
  );
}
