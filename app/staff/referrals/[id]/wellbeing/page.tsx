import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SubPageHead } from "@/components/staff/sub-page-head";
import { AfterForm, StartForm } from "@/components/survey/wellbeing-forms";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { formatDate } from "@/lib/dates";
import { getDatabase } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import type { FormValues } from "@/lib/forms/form-state";
import { RATHER_NOT_SAY } from "@/lib/survey/wellbeing-fields";
import { readWellbeing } from "@/lib/workspace/wellbeing";
import { recordAfterAction, recordStartAction } from "./actions";

export const metadata: Metadata = { title: "How they feel" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE: Record<string, string> = {
  start: "How they feel at the start is saved.",
  after: "How it went is saved.",
};

type Answer = NonNullable<Awaited<ReturnType<typeof readWellbeing>>["start"]>;

/** Stored answers as the form shows them again (null: "I'd rather not say"). */
function valuesOf(answer: Answer | null): FormValues {
  if (!answer) return {};
  const scale = (n: number | null) => (n === null ? RATHER_NOT_SAY : String(n));
  return {
    fear: scale(answer.fear),
    anger: scale(answer.anger),
    coping: scale(answer.coping),
    ...(answer.stage === "after"
      ? {
          satisfaction: String(answer.satisfaction ?? ""),
          recommend: answer.recommend ?? "",
          listened: answer.listened ?? "",
          prepared: answer.prepared ?? "",
          safe: answer.safe ?? "",
          comment: answer.comment ?? "",
        }
      : {}),
  };
}

/** How the person feels, at the start and after the case, as they said it by phone. */
export default async function WellbeingPage({ params, searchParams }: Props) {
  const { id } = await params;
  const staff = await requireStaffPage(`/staff/referrals/${id}/wellbeing`, "referral.read");
  let read;
  try {
    read = await readWellbeing((await getDatabase()).prisma, staff, id);
  } catch (error) {
    if (isAppError(error)) notFound();
    throw error;
  }
  const { referral, start, after, ask } = read;
  const query = await searchParams;
  const done = DONE[String(query.done)];
  const closed = referral.status === "CLOSED";
  const stage = closed && query.stage !== "start" ? "after" : "start";
  const said = (answer: Answer | null) =>
    answer
      ? `Recorded on ${formatDate(answer.answeredAt)} (${answer.via === "phone" ? "by phone" : "online"}).`
      : "Not recorded yet.";
  return (
    <>
      <SubPageHead
        role={staff.role}
        back={{ href: `/staff/referrals/${referral.id}`, text: `Referral ${referral.reference}` }}
        title="How they feel"
        done={done}
      />
      <p>
        Optional, and only if they are happy to answer: ask the questions as written, and record “I’d rather not say”
        whenever they prefer. Their answers are kept without their name, and count in the figures only in groups of 5 or
        more.
      </p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">At the start</dt>
          <dd className="summary-list__value">{said(start)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">After the case</dt>
          <dd className="summary-list__value">{said(after)}</dd>
        </div>
        {ask?.emailedAt ? (
          <div className="summary-list__row">
            <dt className="summary-list__key">Asked by email</dt>
            <dd className="summary-list__value">
              On {formatDate(ask.emailedAt)}
              {ask.remindedAt ? `, reminded on ${formatDate(ask.remindedAt)}` : ""}.
            </dd>
          </div>
        ) : null}
      </dl>
      {ask?.declinedAt ? (
        <div className="notification" role="status">
          <p>They said no thanks on {formatDate(ask.declinedAt)}: do not ask them again.</p>
        </div>
      ) : null}
      {/* One form at a time: both ask the same three questions, and a page holds each question once. */}
      {ask?.declinedAt ? null : stage === "after" ? (
        <>
          <h2>After the case</h2>
          <AfterForm
            action={recordAfterAction.bind(null, referral.id)}
            initialValues={valuesOf(after)}
            submitLabel="Save how it went"
          />
          <p>
            <a href={`/staff/referrals/${referral.id}/wellbeing?stage=start`}>
              Record how they felt at the start instead
            </a>
          </p>
        </>
      ) : (
        <>
          <h2>At the start</h2>
          <StartForm
            action={recordStartAction.bind(null, referral.id)}
            initialValues={valuesOf(start)}
            submitLabel="Save how they feel at the start"
          />
          {closed ? (
            <p>
              <a href={`/staff/referrals/${referral.id}/wellbeing`}>Record how it went after the case instead</a>
            </p>
          ) : (
            <p>Ask how it went once the case is closed.</p>
          )}
        </>
      )}
    </>
  );
}
