import type { Metadata } from "next";
import { SetPasswordForm } from "@/components/staff/forms";
import { findSetupUser } from "@/lib/auth/accounts";
import { messageFor } from "@/lib/errors/app-error";
import { getDatabase } from "@/lib/db";
import { setPasswordAction } from "../../actions";

export const metadata: Metadata = { title: "Set your password" };

export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = /^[\w-]{43}$/.test(token) ? await findSetupUser((await getDatabase()).prisma, token) : null;
  if (!user) {
    return (
      <>
        <h1>This link does not work</h1>
        <p>{messageFor("setup.link-invalid")}.</p>
      </>
    );
  }
  return (
    <>
      <h1>Set your password</h1>
      <p>This is for the account {user.email}.</p>
      <SetPasswordForm action={setPasswordAction.bind(null, token)} />
    </>
  );
}
