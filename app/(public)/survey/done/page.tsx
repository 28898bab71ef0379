import type { Metadata } from "next";
import { personTitle } from "@/lib/person/page-titles";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return personTitle((await searchParams).done === "new-link" ? "checkYourEmail" : "questionsDone");
}

/** After the survey's link was used: what happened, and how to take the answers back. */
export default async function SurveyDonePage({ searchParams }: Props) {
  const done = (await searchParams).done;
  if (done === "new-link")
    return (
      <>
        <h1>Check your email</h1>
        <p>
          If your answers can still be given, we have sent a new link to the email address you gave us. It may take a
          few minutes. The email does not say what it is about.
        </p>
      </>
    );
  const declined = done === "declined";
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
