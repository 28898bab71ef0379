import type { Metadata } from "next";
import { CodeSignInForm, LinkRequestForm } from "@/components/manage/sign-in-forms";
import { ProviderContact } from "@/components/provider-contact";
import { isFormAnswer } from "@/lib/http/form-answer";
import { LINK_MINUTES } from "@/lib/person/person-links";
import { personTitle } from "@/lib/person/page-titles";
import { openWithCodeAction, requestLinkAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return personTitle("signIn", await isFormAnswer());
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The way back in, without an account: a link by email, or the reference and a private code. */
export default async function ManagePage({ searchParams }: Props) {
  const signedOut = (await searchParams)["signed-out"] === "1";
  return (
    <>
      {signedOut ? (
        <div className="notification" role="status">
          <p>You have left your request. Nothing else is kept in this browser.</p>
        </div>
      ) : null}
      <h1>Manage your request</h1>
      <p>
        If you have sent a request, you can see where it is, change how we contact you, pause it or withdraw it. You
        need the reference number we gave you when you sent it.
      </p>

      <h2>Get a link by email</h2>
      <p>
        If you gave us an email address, we will send a link to it. The link works once, for {LINK_MINUTES} minutes. The
        email does not say what it is about.
      </p>
      <LinkRequestForm action={requestLinkAction} />

      <h2>If you did not give an email address</h2>
      <p>
        Use the private code you were shown when you sent your request. Anyone who finds your reference number and code
        together can use them, so keep them apart, or call us instead.
      </p>
      <CodeSignInForm action={openWithCodeAction} />

      <h2>Or call us</h2>
      <ProviderContact fallback="Give your reference number when you speak to the facilitator." />

      <h2>Keeping this private</h2>
      <p>
        If someone else uses this phone or computer, read <a href="/staying-safe-online">staying safe online</a>: how to
        clear what the browser remembers of this site.
      </p>
    </>
  );
}
