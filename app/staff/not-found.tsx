import type { Metadata } from "next";
import { PROBLEMS } from "@/lib/content/problems";

const { title, paragraphs } = PROBLEMS["not-found"];

export const metadata: Metadata = { title };

/** notFound() in the workspace (a referral that does not exist, a page for administrators only): inside the workspace's own frame, in the public 404's words. */
export default function StaffNotFound() {
  return (
    <>
      <h1>{title}</h1>
      {paragraphs.map((text, index) => (
        // By place, not by its words (components/page-not-found.tsx).
        <p key={index}>{text}</p>
      ))}
      <p>
        <a href="/staff">Back to the referrals</a>
      </p>
    </>
  );
}
