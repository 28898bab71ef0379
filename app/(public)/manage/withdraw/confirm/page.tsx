import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ConfirmWithdrawalForm } from "@/components/manage/manage-forms";
import { TimeoutWarning } from "@/components/timeout-warning";
import { secondsUntil } from "@/lib/dates";
import { getDatabase } from "@/lib/db";
import { isFormAnswer } from "@/lib/http/form-answer";
import { personTitle } from "@/lib/person/page-titles";
import { heldWithdrawal } from "@/lib/person/pending-withdrawal";
import { MANAGE_BASE, openRequestOrRedirect } from "@/lib/person/person-session";
import { confirmWithdrawalAction, keepManageAlive } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return personTitle("confirmWithdrawal", await isFormAnswer());
}

/** Withdrawing, step 2 of 2: nothing is withdrawn until they say yes here. */
export default async function ConfirmWithdrawalPage() {
  const { session } = await openRequestOrRedirect();
  const held = await heldWithdrawal((await getDatabase()).prisma, session);
  // Reached without the first step (or it was undone): start there.
  if (!held) redirect(`${MANAGE_BASE}/withdraw`);
  return (
    <>
      <a href={`${MANAGE_BASE}/withdraw`} className="back-link">
        Back
      </a>
      <h1>Withdrawing your request</h1>
      <p>If you withdraw:</p>
      <ul>
        <li>nobody will contact you about this request again</li>
        <li>nothing will happen with the person responsible</li>
        <li>you cannot undo it here, but you can ask again at any time by sending a new request</li>
      </ul>
      <p>
        {held.erase
          ? "You asked us to delete what you told us. We will do this within a month, and it cannot be brought back."
          : "We will keep a record that you asked for a short time, and then delete it."}
      </p>
      <ConfirmWithdrawalForm action={confirmWithdrawalAction} />
      <TimeoutWarning wording="manage" secondsLeft={secondsUntil(session.endsAt)} keepAlive={keepManageAlive} />
    </>
  );
}
