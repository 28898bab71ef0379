import type { Metadata } from "next";

export const metadata: Metadata = { title: "Page not found" };

/** notFound() in the workspace (a referral that does not exist, a page for administrators only): inside the workspace's own frame. */
export default function StaffNotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>
        <a href="/staff">Back to the referrals</a>
      </p>
    </>
  );
}
