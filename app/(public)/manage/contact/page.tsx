import type { Metadata } from "next";
import { ContactForm } from "@/components/manage/manage-forms";
import { isFormAnswer } from "@/lib/http/form-answer";
import { MANAGE_BASE, openRequestOrRedirect } from "@/lib/person/person-session";
import { STEPS } from "@/lib/referrals/questions";
import { toFormValues } from "@/lib/referrals/read-form";
import { changeContactAction, keepManageAlive } from "../actions";
import { TimeoutWarning } from "@/components/timeout-warning";
import { secondsUntil } from "@/lib/dates";
import { personTitle } from "@/lib/person/page-titles";

export async function generateMetadata(): Promise<Metadata> {
  return personTitle("contact", await isFormAnswer());
}

export default async function ContactPage() {
  const { view, session } = await openRequestOrRedirect();
  return (
    <>
      <a href={`${MANAGE_BASE}/request`} className="back-link">
        Back
      </a>
      <h1>Change how we contact you</h1>
      <p>
        These are the details you gave us. Change anything that is no longer safe. We will only contact you in the ways
        you choose here.
      </p>
      <ContactForm
        action={changeContactAction}
        fields={STEPS["safe-contact"].fields}
        initialValues={toFormValues(view.safeContact)}
      />
      <TimeoutWarning wording="manage" secondsLeft={secondsUntil(session.endsAt)} keepAlive={keepManageAlive} />
    </>
  );
}
