import type { Metadata } from "next";
import { SESSION_IDLE_MINUTES } from "@/lib/person/access";

export const metadata: Metadata = { title: "You have left your request" };

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
    </>
  );
}
