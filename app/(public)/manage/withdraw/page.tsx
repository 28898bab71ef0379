import type { Metadata } from "next";
import { WithdrawForm } from "@/components/manage/manage-forms";
import { isFormAnswer } from "@/lib/http/form-answer";
import { MANAGE_BASE, openRequestOrRedirect } from "@/lib/person/person-session";
import { withdrawAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await isFormAnswer()) ? "Error: " : ""}Withdraw your request` };
}

export default async function WithdrawPage() {
  await openRequestOrRedirect(); // already closed or withdrawn: back to the request page
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
      <WithdrawForm action={withdrawAction} />
    </>
  );
}
