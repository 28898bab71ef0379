import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TimeoutWarning } from "@/components/timeout-warning";
import { secondsUntil } from "@/lib/dates";
import { getDatabase } from "@/lib/db";
import { personTitle } from "@/lib/person/page-titles";
import { MANAGE_BASE, personSessionOrRedirect } from "@/lib/person/person-session";
import { surveyOffer } from "@/lib/survey/person-survey";
import { deleteAnswersAction, keepManageAlive } from "../../actions";

export const metadata: Metadata = personTitle("deleteAnswers");

/** Deleting what they answered about how they feel: a page of its own, the button its confirmation. */
export default async function DeleteAnswersPage() {
  const session = await personSessionOrRedirect();
  const offer = await surveyOffer((await getDatabase()).prisma, session.referralId);
  if (!offer?.answered) redirect(`${MANAGE_BASE}/request`);
  return (
    <>
      <a href={`${MANAGE_BASE}/request`} className="back-link">
        Back
      </a>
      <h1>Delete your answers</h1>
      <p>
        This deletes every answer you gave about how you feel, at the start and afterwards, however you gave them. They
        will not be counted in any figures from now on, and we will not ask you again.
      </p>
      <p>Your request itself stays as it is.</p>
      <form action={deleteAnswersAction}>
        <button type="submit" className="button button--warning">
          Delete my answers
        </button>
      </form>
      <TimeoutWarning wording="manage" secondsLeft={secondsUntil(session.endsAt)} keepAlive={keepManageAlive} />
    </>
  );
}
