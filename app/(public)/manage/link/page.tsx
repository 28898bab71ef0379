import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { env } from "@/lib/env";
import { personTitle } from "@/lib/person/page-titles";
import { linkCookieName } from "@/lib/person/session-cookie";
import { continueWithLinkAction } from "../actions";

export const metadata: Metadata = personTitle("link");

/**
 * Opening the link changes nothing: the button does. Email scanners that
 * fetch every link would otherwise use up a link that works once. The token
 * came here in a cookie (link/[token]/route.ts), not in this page's address.
 */
export default async function LinkPage() {
  if (!(await cookies()).get(linkCookieName(env().https))?.value) redirect("/manage/link-problem");
  return (
    <>
      <h1>Continue to your request</h1>
      <p>This link works once. When you have finished, use “Exit this page” or “Leave”.</p>
      <form action={continueWithLinkAction}>
        <button type="submit" className="button">
          Continue
        </button>
      </form>
    </>
  );
}
