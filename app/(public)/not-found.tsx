import type { Metadata } from "next";
import { PageNotFound } from "@/components/page-not-found";

export const metadata: Metadata = { title: "Page not found" };

/**
 * notFound() on a public page (a question that does not exist, say): the words
 * only, as the public layout around it already has Exit this page, the
 * header and the help numbers. Next.js sends each not-found file with every
 * page of its segment, so one with its own frame here doubled every public
 * page's data (issue 24); a URL that matches nothing gets app/global-not-found.tsx.
 */
export default function PublicNotFound() {
  return <PageNotFound />;
}
