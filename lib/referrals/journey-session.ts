/**
 * The link between a browser and its draft: a random token in an HttpOnly,
 * SameSite cookie that ends when the browser closes. Nothing else about the
 * journey is ever stored in the browser.
 */
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { draftCookieName } from "./draft-cookie";
import { loadDraft, type Draft } from "./draft";
import { recentReferralForToken } from "./find-referral";
import { JOURNEY_BASE } from "./questions";
import type { Wording } from "./their-wording";

export async function journeyToken(): Promise<string | undefined> {
  return (await cookies()).get(draftCookieName(env().https))?.value;
}

export async function setJourneyToken(token: string): Promise<void> {
  (await cookies()).set(draftCookieName(env().https), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().https,
    path: "/",
  });
}

export async function clearJourneyToken(): Promise<void> {
  (await cookies()).delete(draftCookieName(env().https));
}

/** This browser's draft, or null when there is none or it has expired (read once a request). */
export const currentDraft = cache(async (): Promise<Draft | null> => loadDraft(await prisma(), await journeyToken()));

/** Whether the journey asks about the person answering, or about someone they are asking for. */
export function wordingOf(draft: Draft | null): Wording {
  return draft?.answers.onBehalf ? "theirs" : "yours";
}

/**
 * This browser's draft, or a redirect: to the start page when there is no
 * journey, to the confirmation if the journey was just submitted (Back after
 * sending must not say "nothing was sent"), and otherwise to the page that
 * explains the answers were deleted.
 */
export async function draftOrRedirect(): Promise<Draft> {
  const token = await journeyToken();
  // Never started (or the browser was closed): begin at the start page.
  if (!token) redirect(JOURNEY_BASE);
  const draft = await currentDraft();
  if (draft) return draft;
  if (await recentReferralForToken(await prisma(), token)) redirect(`${JOURNEY_BASE}/confirmation`);
  redirect(`${JOURNEY_BASE}/session-expired`);
}
