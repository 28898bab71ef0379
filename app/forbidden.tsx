import type { Metadata } from "next";
import { PROBLEMS } from "@/lib/content/problems";

const PAGE = PROBLEMS["not-allowed"];

export const metadata: Metadata = { title: PAGE.title };

/**
 * 403: signed in, but this page is not for this account (the person
 * responsible's record, say). Shown when JavaScript draws the page; a page
 * loaded whole gets the server's plain page with the same words
 * (lib/server/server-error-pages.ts).
 */
export default function Forbidden() {
  return (
    <>
      <h1>{PAGE.title}</h1>
      {PAGE.paragraphs.map((words) => (
        <p key={words}>{words}</p>
      ))}
      <p>
        <a href="/staff">Back to the referrals</a>
      </p>
    </>
  );
}
