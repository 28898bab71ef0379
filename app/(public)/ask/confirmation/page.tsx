import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { recentReferralForToken } from "@/lib/referrals/find-referral";
import { JOURNEY_BASE } from "@/lib/referrals/questions";
import { journeyToken } from "@/lib/referrals/journey-session";
import { PhoneLink } from "@/components/help-contacts";
import { EMERGENCY } from "@/lib/content/help-contacts";
import { createPrivateCodeAction } from "../actions";
import { PrivateCodeOffer } from "@/components/manage/private-code-offer";

export const metadata: Metadata = { title: "Request sent" };

/**
 * Sent by someone on the person's behalf: the reference, what happens next, and
 * nothing of the person's own ways back in (no private code: that is theirs).
 */
function SentForSomeoneElse(props: {
  reference: string;
  days: number;
  emailed: boolean;
  theyGetEmail: boolean;
  theyGaveEmail: boolean;
}) {
  return (
    <>
      <div className="panel panel--confirmation">
        <h1>Request sent</h1>
        <p>
          The reference number
          <br />
          <strong className="reference">{props.reference}</strong>
        </p>
      </div>
      {props.emailed ? <p>We will also email you the reference number.</p> : null}
      {props.theyGetEmail ? <p>We will email them their reference number too.</p> : null}

      <h2>What happens next</h2>
      <p>
        A facilitator from Restorative Solutions will contact them within {props.days} working{" "}
        {props.days === 1 ? "day" : "days"}, in the way they chose. Nothing happens with the person who harmed them
        unless they agree.
      </p>
      <p>
        To keep their request private, we will not tell you how it goes, unless they asked us to talk to you about it.
        They can stop at any time, by telling the facilitator
        {props.theyGaveEmail ? ", or by using “manage your request” with their email address" : ""}.
      </p>

      <h2>If they are in danger</h2>
      <p>
        Call <PhoneLink contact={EMERGENCY} /> if someone is in danger now. For other help, see{" "}
        <a href="/get-help-now">get help now</a>.
      </p>
      <p>When you have finished, you can close this window, or use “Exit this page”.</p>
    </>
  );
}

export default async function ConfirmationPage() {
  const referral = await recentReferralForToken((await getDatabase()).prisma, await journeyToken());
  if (!referral) redirect(JOURNEY_BASE);
  const days = env().firstContactWorkingDays;
  if (referral.askedBy !== "self")
    return (
      <SentForSomeoneElse
        reference={referral.reference}
        days={days}
        emailed={referral.referrer?.confirmationStatus !== "NOT_REQUESTED"}
        theyGetEmail={referral.victimEmailStatus !== "NOT_REQUESTED"}
        theyGaveEmail={Boolean(referral.contactEmail)}
      />
    );

  return (
    <>
      <div className="panel panel--confirmation">
        <h1>Request sent</h1>
        <p>
          Your reference number
          <br />
          <strong className="reference">{referral.reference}</strong>
        </p>
      </div>
      {referral.victimEmailStatus !== "NOT_REQUESTED" ? <p>We will also email you your reference number.</p> : null}

      <h2>What happens next</h2>
      <p>
        A facilitator from Restorative Solutions will contact you within {days} working {days === 1 ? "day" : "days"},
        in the way you told us is safe. They will talk it through with you. Nothing happens with the person who harmed
        you unless you agree.
      </p>

      <h2>If you change your mind</h2>
      <p>
        You can stop at any time, or ask us not to contact you for a while. Tell the facilitator when they contact you,
        quoting your reference number, or use <a href="/manage">manage your request</a>
        {referral.contactEmail ? " (we will email a link to the address you gave)" : ""}. You do not have to give a
        reason.
      </p>
      {referral.contactEmail ? null : <PrivateCodeOffer action={createPrivateCodeAction} />}

      <h2>If you are in danger</h2>
      <p>
        Call <PhoneLink contact={EMERGENCY} /> if you are in danger now. For other help, see{" "}
        <a href="/get-help-now">get help now</a>.
      </p>
      <p>When you have finished, you can close this window, or use “Exit this page”.</p>
    </>
  );
}
