import type { Metadata } from "next";
import { STEPS } from "@/lib/referrals/questions";
import { PhoneLink } from "@/components/help-contacts";
import { CHILDLINE, EMERGENCY } from "@/lib/content/help-contacts";

export const metadata: Metadata = { title: "You need to be 18 or over to use this form" };

export default function UnderEighteenPage() {
  return (
    <>
      <h1>You need to be 18 or over to use this form</h1>
      <p>
        This service is for adults, so we cannot take your request here. Restorative justice is still possible for you.
      </p>
      <ul>
        <li>Talk to an adult you trust, or the police officer dealing with what happened.</li>
        <li>Victim Care Merseyside can explain the options for young people and support you.</li>
        <li>
          You can talk to Childline, free and in confidence, on <PhoneLink contact={CHILDLINE} />.
        </li>
      </ul>
      <p>
        If you are in danger now, call <PhoneLink contact={EMERGENCY} />.
      </p>
      <p>
        If you are 18 or over, <a href={STEPS["about-you"].path}>change your answer</a>.
      </p>
    </>
  );
}
