/**
 * The link between a browser and its draft: a random token in an HttpOnly,
 * SameSite cookie that ends when the browser closes. Nothing else about the
 * journey is ever stored in the browser.
 */
import "server-only";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { DRAFT_COOKIE } from "./draft-cookie";
import { loadDraft, type Draft } from "./draft";

export async function journeyToken(): Promise<string | undefined> {
  return (await cookies()).get(DRAFT_COOKIE)?.value;
}

export async function setJourneyToken(token: string): Promise<void> {
  (await cookies()).set(DRAFT_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().appUrl.startsWith("https:"),
    path: "/",
  });
}

export async function clearJourneyToken(): Promise<void> {
  (await cookies()).delete(DRAFT_COOKIE);
}

/** This browser's draft, or null when there is none or it has expired. */
export async function currentDraft(): Promise<Draft | null> {
  return loadDraft(await prisma(), await journeyToken());
}
