import type { Metadata } from "next";
import { DRAFT_IDLE_MINUTES } from "@/lib/referrals/draft";
import { JOURNEY_BASE } from "@/lib/referrals/questions";

export const metadata: Metadata = { title: "Your answers have been deleted" };

export default function SessionExpiredPage() {
  return (
    <>
      <h1>Your answers have been deleted</h1>
      <p>
        To keep your answers safe, we delete them if nothing happens for {DRAFT_IDLE_MINUTES} minutes, or when you use
        “Exit this page”. Nothing was sent.
      </p>
      <p>
        <a href={JOURNEY_BASE} className="button">
          Start again
        </a>
      </p>
    </>
  );
}
