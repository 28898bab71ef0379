import type { Metadata } from "next";
import { LINK_MINUTES } from "@/lib/person/person-links";
import { personTitle } from "@/lib/person/page-titles";

export const metadata: Metadata = personTitle("checkYourEmail");

/** The same page whether or not the details matched: nothing here says whether a request exists. */
export default function CheckYourEmailPage() {
  return (
    <>
      <h1>Check your email</h1>
      <p>
        If the reference number and email address match a request, we have sent a link to that address. It works once,
        for {LINK_MINUTES} minutes. The email is called “Your link” and does not say what it is about.
      </p>
      <p>
        If nothing arrives within a few minutes, check your junk folder, or <a href="/manage">try again</a>.
      </p>
    </>
  );
}
