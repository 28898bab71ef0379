import type { Metadata } from "next";
import { SESSION_IDLE_MINUTES } from "@/lib/person/access";
import { personTitle } from "@/lib/person/page-titles";

export const metadata: Metadata = personTitle("signedOut");

export default function SessionEndedPage() {
  return (
    <>
      <h1>You have left your request</h1>
      <p>
        To keep it safe, we close it after {SESSION_IDLE_MINUTES} minutes without activity, or when you use “Exit this
        page”. If you were part-way through a change, it was not saved.
      </p>
      <p>
        <a href="/manage" className="button">
          Open your request again
        </a>
      </p>
      <p>
        Exit this page does not take this site out of the browser’s history. If someone else uses this phone or
        computer, read <a href="/staying-safe-online">staying safe online</a> to find out how to do that.
      </p>
    </>
  );
}
