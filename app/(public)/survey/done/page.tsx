import type { Metadata } from "next";
import { personTitle } from "@/lib/person/page-titles";

export const metadata: Metadata = personTitle("questionsDone");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** After the survey's link was used: what happened, and how to take the answers back. */
export default async function SurveyDonePage({ searchParams }: Props) {
  const declined = (await searchParams).done === "declined";
  return (
    <>
      <h1>{declined ? "We will not ask you again" : "Thank you for your answers"}</h1>
      {declined ? (
        <p>Nothing more will be asked of you about how it went.</p>
      ) : (
        <>
          <p>We have your answers. They are kept without your name or contact details.</p>
          <p>
            If you change your mind, you can delete them in <a href="/manage">Manage your request</a>, or ask the
            facilitator to.
          </p>
        </>
      )}
    </>
  );
}
