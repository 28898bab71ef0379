import type { Metadata } from "next";
import { PauseForm } from "@/components/manage/manage-forms";
import { TimeoutWarning } from "@/components/timeout-warning";
import { formatDate, secondsUntil, ukDay } from "@/lib/dates";
import { isFormAnswer } from "@/lib/http/form-answer";
import { personTitle } from "@/lib/person/page-titles";
import { MANAGE_BASE, openRequestOrRedirect } from "@/lib/person/person-session";
import { keepManageAlive, pauseAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return personTitle("pause", await isFormAnswer());
}

export default async function PausePage() {
  const { view, session } = await openRequestOrRedirect();
  return (
    <>
      <a href={`${MANAGE_BASE}/request`} className="back-link">
        Back
      </a>
      <h1>Pause your request</h1>
      <p>
        If now is not a good time, tell us when we may contact you again. Until then nobody will contact you, and your
        request keeps its place.
        {view.pausedUntil ? ` It is paused now until ${formatDate(view.pausedUntil)}.` : ""}
      </p>
      <PauseForm action={pauseAction} today={ukDay(new Date())} />
      <TimeoutWarning wording="manage" secondsLeft={secondsUntil(session.endsAt)} keepAlive={keepManageAlive} />
    </>
  );
}
