import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDatabase } from "@/lib/db";
import { formatDate, secondsUntil } from "@/lib/dates";
import { MANAGE_BASE, personSessionOrRedirect } from "@/lib/person/person-session";
import { personTitle } from "@/lib/person/page-titles";
import { TimeoutWarning } from "@/components/timeout-warning";
import { personView, type PersonView } from "@/lib/person/requests";
import { surveyOffer, type SurveyOffer } from "@/lib/survey/person-survey";
import { keepManageAlive, resumeAction, signOutPersonAction } from "../actions";

export const metadata: Metadata = personTitle("request");

const DONE: Record<string, string> = {
  contact: "We have changed how we will contact you. The facilitator has been told.",
  paused: "Your request is paused. We will not contact you until the date you gave.",
  resumed: "Your request is no longer paused.",
  withdrawn: "You have withdrawn your request.",
  answered: "Thank you: we have your answers.",
  declined: "We will not ask you how you feel again.",
  "answers-deleted": "Your answers about how you feel have been deleted. We will not ask you again.",
};

/** The questions on how they feel, offered, never required; and a way to take back what they answered. */
function HowYouFeel({ offer }: { offer: SurveyOffer | null }) {
  if (!offer?.stage && !offer?.answered) return null;
  return (
    <>
      <h2>How you feel</h2>
      {offer.stage ? (
        <p>
          {offer.stage === "after"
            ? "Now your request is closed, would you tell us how it went? "
            : "Would you tell us how you feel now? It is up to you. "}
          <a href={`${MANAGE_BASE}/how-you-feel`}>Answer a few questions</a>
        </p>
      ) : null}
      {offer.answered ? (
        <p>
          <a href={`${MANAGE_BASE}/how-you-feel/delete`}>Delete your answers about how you feel</a>
        </p>
      ) : null}
    </>
  );
}

/** Where it is, in plain words: no staff names, no notes. */
function Where({ view }: { view: PersonView }) {
  const promise = view.firstContactDueAt
    ? ` They will contact you by ${formatDate(view.firstContactDueAt)}, in the way you told us is safe.`
    : "";
  switch (view.stage) {
    case "received":
      return <p>We have received your request. A facilitator will be in touch.{promise}</p>;
    case "contacting":
      return <p>A facilitator is trying to reach you.{promise}</p>;
    case "in-progress":
      return <p>A facilitator is working with you on your request.</p>;
    case "paused":
      return <p>Paused by you: we will not contact you until {formatDate(view.pausedUntil!)}.</p>;
    case "closed":
      return (
        <p>
          Your request is closed. If you want to ask again, you can <a href="/ask">send a new request</a>.
        </p>
      );
    case "withdrawn":
      return (
        <p>
          You withdrew your request, so nothing more will happen. You can <a href="/ask">ask again</a> at any time.
        </p>
      );
  }
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RequestPage({ searchParams }: Props) {
  const session = await personSessionOrRedirect();
  const { prisma } = await getDatabase();
  const view = await personView(prisma, session.referralId);
  if (!view) redirect(`${MANAGE_BASE}/session-ended`);
  const offer = await surveyOffer(prisma, session.referralId);
  const done = DONE[String((await searchParams).done)];
  const open = view.stage !== "closed" && view.stage !== "withdrawn";
  return (
    <>
      {done ? (
        <div className="notification" role="status">
          <p>{done}</p>
        </div>
      ) : null}
      <h1>Your request</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">Reference</dt>
          <dd className="summary-list__value">{view.reference}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Sent</dt>
          <dd className="summary-list__value">{formatDate(view.receivedAt)}</dd>
        </div>
      </dl>
      <h2>Where it is</h2>
      <Where view={view} />
      {open ? (
        <>
          <h2>What you can do</h2>
          <ul>
            <li>
              <a href={`${MANAGE_BASE}/contact`}>Change how we contact you</a>
            </li>
            <li>
              <a href={`${MANAGE_BASE}/pause`}>
                {view.stage === "paused" ? "Change the date of your pause" : "Pause your request"}
              </a>
            </li>
            <li>
              <a href={`${MANAGE_BASE}/withdraw`}>Withdraw your request</a>
            </li>
          </ul>
          {view.stage === "paused" ? (
            <form action={resumeAction}>
              <button type="submit" className="button button--secondary">
                We can contact you again now
              </button>
            </form>
          ) : null}
        </>
      ) : null}
      <HowYouFeel offer={offer} />
      <form action={signOutPersonAction}>
        <button type="submit" className="button button--secondary">
          Leave
        </button>
      </form>
      <p>
        If someone else uses this phone or computer, read <a href="/staying-safe-online">staying safe online</a>:
        leaving and Exit this page do not take this site out of the browser’s history.
      </p>
      <TimeoutWarning wording="manage" secondsLeft={secondsUntil(session.endsAt)} keepAlive={keepManageAlive} />
    </>
  );
}
