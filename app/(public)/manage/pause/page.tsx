import type { Metadata } from "next";
import { PauseForm } from "@/components/manage/manage-forms";
import { formatDate, ukDay } from "@/lib/dates";
import { isFormAnswer } from "@/lib/http/form-answer";
import { MANAGE_BASE, openRequestOrRedirect } from "@/lib/person/person-session";
import { pauseAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await isFormAnswer()) ? "Error: " : ""}Pause your request` };
}

export default async function PausePage() {
  const view = await openRequestOrRedirect();
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
    </>
  );
}
