import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { WithdrawForm } from "@/components/manage/manage-forms";
import { getDatabase } from "@/lib/db";
import { isFormAnswer } from "@/lib/http/form-answer";
import { MANAGE_BASE, personReferralOrRedirect } from "@/lib/person/person-session";
import { personView } from "@/lib/person/requests";
import { withdrawAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await isFormAnswer()) ? "Error: " : ""}Withdraw your request` };
}

export default async function WithdrawPage() {
  const referralId = await personReferralOrRedirect();
  const view = await personView((await getDatabase()).prisma, referralId);
  if (!view || view.stage === "closed" || view.stage === "withdrawn") redirect(`${MANAGE_BASE}/request`);
  return (
    <>
      <a href={`${MANAGE_BASE}/request`} className="back-link">Back</a>
      <h1>Withdraw your request</h1>
      <p>If you withdraw, nothing more will happen: nobody will contact you about it, and nothing happens with the person responsible.</p>
      <p>You can ask again later if you want to. You would start a new request.</p>
      <p>
        We keep a record that you asked, for a short time, and then delete it. If you want, we can delete what you told us
        sooner: tick the box below.
      </p>
      <WithdrawForm action={withdrawAction} />
    </>
  );
}
