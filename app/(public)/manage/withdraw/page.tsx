import type { Metadata } from "next";
import { WithdrawForm } from "@/components/manage/manage-forms";
import { TimeoutWarning } from "@/components/timeout-warning";
import { secondsUntil } from "@/lib/dates";
import { getDatabase } from "@/lib/db";
import { isFormAnswer } from "@/lib/http/form-answer";
import { personTitle } from "@/lib/person/page-titles";
import { heldWithdrawal } from "@/lib/person/pending-withdrawal";
import { MANAGE_BASE, openRequestOrRedirect } from "@/lib/person/person-session";
import { keepManageAlive, withdrawAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return personTitle("withdraw", await isFormAnswer());
}

/** Withdrawing, step 1 of 2: why (if they want to say) and whether to delete; the next page asks if they are sure. */
export default async function WithdrawPage() {
  // Already closed or withdrawn: back to the request page.
  const { session } = await openRequestOrRedirect();
  // Back from "Are you sure?": what they chose is still there.
  const held = await heldWithdrawal((await getDatabase()).prisma, session);
  return (
    <>
      <a href={`${MANAGE_BASE}/request`} className="back-link">
        Back
      </a>
      <h1>Withdraw your request</h1>
      <p>
        If you withdraw, nothing more will happen: nobody will contact you about it, and nothing happens with the person
        responsible.
      </p>
      <p>You can ask again later if you want to. You would start a new request.</p>
      <p>
        We keep a record that you asked, for a short time, and then delete it. If you want, we can delete what you told
        us sooner: tick the box below.
      </p>
      <WithdrawForm
        action={withdrawAction}
        initialValues={held ? { reason: held.reason, erase: held.erase ? "yes" : "" } : {}}
      />
      <TimeoutWarning wording="manage" secondsLeft={secondsUntil(session.endsAt)} keepAlive={keepManageAlive} />
    </>
  );
}
