import type { Metadata } from "next";
import { LINK_MINUTES } from "@/lib/person/access";

export const metadata: Metadata = { title: "This link no longer works" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LinkProblemPage({ searchParams }: Props) {
  const problem = (await searchParams).problem;
  return (
    <>
      <h1>This link no longer works</h1>
      <p>
        {problem === "used"
          ? "It has been used already: each link works once."
          : problem === "expired"
            ? `It was sent more than ${LINK_MINUTES} minutes ago.`
            : "It may have been copied wrongly, or a newer link has replaced it."}
      </p>
      <p>
        <a href="/manage" className="button">
          Get a new link
        </a>
      </p>
    </>
  );
}
