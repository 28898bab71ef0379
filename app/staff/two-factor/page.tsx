import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CodeForm } from "@/components/staff/forms";
import { currentStaff } from "@/lib/auth/staff-session";
import { verifyCodeAction } from "../actions";

export const metadata: Metadata = { title: "Enter your code" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TwoFactorPage({ searchParams }: Props) {
  const staff = await currentStaff();
  if (!staff) redirect("/staff/sign-in");
  if (!staff.totpEnrolled) redirect("/staff/two-factor/enrol");
  const next = (await searchParams).next;
  return (
    <>
      <h1>Enter your code</h1>
      <p>Open your authenticator app and enter the code it shows for this service.</p>
      <CodeForm action={verifyCodeAction} next={typeof next === "string" ? next : undefined} />
    </>
  );
}
