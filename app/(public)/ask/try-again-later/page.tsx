import type { Metadata } from "next";
import { hasProviderContact, ProviderContact } from "@/components/provider-contact";
import { currentDraft } from "@/lib/referrals/journey-session";
import { JOURNEY_BASE } from "@/lib/referrals/questions";
import { whenToTryAgain } from "@/lib/referrals/when-to-try-again";
import { journeyRetryAt } from "@/lib/referrals/journey-limits";
import { getDatabase } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-address";
import { env } from "@/lib/env";
import { PhoneLink } from "@/components/help-contacts";
import { EMERGENCY } from "@/lib/content/help-contacts";

export const metadata: Metadata = { title: "You cannot send this right now" };

type Reason = "start" | "save" | "send" | "busy" | "check";

const HEADINGS: Record<Reason, string> = {
  start: "Sorry, you cannot start a request right now",
  save: "Sorry, you cannot save your answers right now",
  send: "Sorry, you cannot send your request right now",
  busy: "Sorry, the service is very busy",
  check: "Sorry, we could not send your request",
};

const WHY: Record<Reason, string> = {
  start:
    "To protect this service, we limit how many requests can come from one internet connection. Yours has reached that limit for now. This can happen on a shared connection, like a library, a college or a refuge.",
  save: "To protect this service, we limit how often answers can be saved from one internet connection. Yours has reached that limit for now. This can happen on a shared connection, like a library, a college or a refuge.",
  send: "To protect this service, we limit how many requests can be sent from one internet connection each day. Yours has reached that limit. This can happen on a shared connection, like a library, a college or a refuge.",
  busy: "We have had an unusually large number of requests in the last hour, so we have paused new ones for a short time to make sure every request is read.",
  check:
    "Something about the way the form was sent looked automatic rather than typed by a person, so it was not sent.",
};

/**
 * Where a person is sent when a limit stops them (lib/referrals/journey-limits.ts):
 * what happened, when they can try again, that their answers are kept, and how
 * to reach the provider instead. Exit this page is in the layout, as on every page.
 */
export default async function TryAgainLaterPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const reason: Reason =
    typeof params.reason === "string" && params.reason in HEADINGS ? (params.reason as Reason) : "busy";
  // From the limits, for this connection: never from the address, where a crafted link could put any time.
  const retryAt =
    reason === "check"
      ? null
      : await journeyRetryAt((await getDatabase()).prisma, reason, await clientAddress(), env().journeyLimits);
  const draft = await currentDraft();

  return (
    <>
      <h1>{HEADINGS[reason]}</h1>
      <p>{WHY[reason]}</p>
      {retryAt ? (
        <p>
          You can try again after <strong>{whenToTryAgain(retryAt)}</strong>.
        </p>
      ) : (
        <p>{reason === "check" ? "You can try again in a few minutes." : "You can try again now."}</p>
      )}
      {draft ? (
        <p>
          Nothing has been sent yet. The answers you have saved are kept until {whenToTryAgain(draft.expiresAt)}, in
          this browser window. <a href={`${JOURNEY_BASE}/check-answers`}>Go back to your answers</a>.
        </p>
      ) : reason === "start" ? (
        <p>Nothing has been saved or sent.</p>
      ) : null}

      <h2>Other ways to ask</h2>
      {hasProviderContact() ? (
        <>
          <p>You do not have to wait. You can contact Restorative Solutions yourself:</p>
          <ProviderContact fallback="" />
        </>
      ) : (
        <p>
          You do not have to wait. You can call the police on 101 and ask them to pass your request on, or ask Victim
          Care Merseyside.
        </p>
      )}
      <p>
        <strong>
          If you are in danger now, call <PhoneLink contact={EMERGENCY} />.
        </strong>
      </p>
    </>
  );
}
