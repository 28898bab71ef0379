import type { Metadata } from "next";
import { LINK_MINUTES } from "@/lib/person/person-links";
import { messageFor } from "@/lib/errors/app-error";
import { personTitle } from "@/lib/person/page-titles";

export const metadata: Metadata = personTitle("linkProblem");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LinkProblemPage({ searchParams }: Props) {
  const problem = (await searchParams).problem;
  return (
    <>
      <h1>This link no longer works</h1>
      <p>
        {problem === "used"
          ? messageFor("manage.link-used")
          : problem === "expired"
            ? messageFor("manage.link-expired", { minutes: String(LINK_MINUTES) })
            : messageFor("manage.link-unknown")}
        .
      </p>
      <p>
        <a href="/manage" className="button">
          Get a new link
        </a>
      </p>
    </>
  );
}
