import type { Metadata } from "next";
import { ReferrerForm } from "@/components/form/referrer-form";
import { currentDraft } from "@/lib/referrals/journey-session";
import { JOURNEY_BASE } from "@/lib/referrals/questions";
import { REFERRER_FIELDS } from "@/lib/referrals/referrer";
import { toFormValues } from "@/lib/referrals/read-form";
import { isFormAnswer } from "@/lib/http/form-answer";
import { startForSomeoneElse } from "../actions";

const TITLE = "Asking for someone else";
export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await isFormAnswer()) ? "Error: " : ""}${TITLE}` };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Who is asking on a victim's behalf, and how the victim agreed: before any question about them. */
export default async function ForSomeoneElsePage({ searchParams }: Props) {
  const returnTo = (await searchParams).return === "check" ? "check" : undefined;
  const draft = await currentDraft();
  return (
    <>
      <a href={returnTo ? `${JOURNEY_BASE}/check-answers` : JOURNEY_BASE} className="back-link">
        Back
      </a>
      <h1>{TITLE}</h1>
      <p className="lead">
        Use this form to ask Restorative Solutions to contact a victim of crime about restorative justice, for them. You
        might be a police officer, a victim support, domestic abuse or probation worker, or a family member or friend.
      </p>

      <h2>Before you ask</h2>
      <ul>
        <li>
          The person must know about this request and agree to be contacted. Restorative justice is voluntary: without
          their agreement, the request cannot be sent.
        </li>
        <li>
          If they have not agreed yet, talk to them first. They can also <a href={JOURNEY_BASE}>ask for themselves</a>.
        </li>
        <li>You need to know how and when it is safe to contact them.</li>
      </ul>

      <h2>What happens next</h2>
      <ul>
        <li>A facilitator contacts the person, only in the ways they chose.</li>
        <li>
          The facilitator does not contact you about it, unless the person asked for that. You get a reference number,
          but to keep their request private we will not tell you how it goes.
        </li>
        <li>
          Your details are kept apart from theirs. Only Restorative Solutions sees them. Read the{" "}
          <a href="/privacy">privacy notice</a> for more.
        </li>
      </ul>

      <ReferrerForm
        fields={REFERRER_FIELDS}
        action={startForSomeoneElse}
        initialValues={toFormValues(draft?.answers.onBehalf)}
        returnTo={returnTo}
      />
    </>
  );
}
