import type { Metadata } from "next";
import { SignInForm } from "@/components/staff/forms";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = typeof params.next === "string" ? params.next : undefined;
  return (
    <>
      <h1>Sign in</h1>
      {params.password === "set" ? (
        <div className="inset">
          <p>Your password has been set. Sign in to set up two-factor sign-in.</p>
        </div>
      ) : null}
      {params["signed-out"] ? (
        <div className="inset">
          <p>You have signed out.</p>
        </div>
      ) : null}
      {next ? <p>Sign in to continue. For your security, you are signed out after a period without activity.</p> : null}
      <SignInForm action={signInAction} next={next} />
    </>
  );
}
