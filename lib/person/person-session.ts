/**
 * The browser's side of a "Manage your request" session: the cookie, and the
 * referral it may manage. Pages call `personSessionOrRedirect`: with no
 * session (never opened, idle for 15 minutes, or ended by Exit this page) the
 * person is sent to a page that says so; nothing half-done was saved.
 */
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { endPersonSession, readPersonSession, type PersonSession } from "./access";
import { personView, type PersonView } from "./requests";
import { personCookieName } from "./session-cookie";

export const MANAGE_BASE = "/manage";

export async function setPersonSession(token: string): Promise<void> {
  (await cookies()).set(personCookieName(env().https), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().https,
    path: "/",
  });
}

/** The session this browser's cookie opens, or null. */
export async function currentPersonSession(): Promise<PersonSession | null> {
  return readPersonSession(await prisma(), (await cookies()).get(personCookieName(env().https))?.value);
}

/** The open session, or off to the page that says it has ended. */
export async function personSessionOrRedirect(): Promise<PersonSession> {
  const session = await currentPersonSession();
  if (!session) redirect(`${MANAGE_BASE}/session-ended`);
  return session;
}

export async function signOutPerson(): Promise<void> {
  const store = await cookies();
  const name = personCookieName(env().https);
  await endPersonSession(await prisma(), store.get(name)?.value);
  store.delete(name);
}

/**
 * For a page that changes the request: where it is, or back to the request
 * page once it is closed or withdrawn (nothing more can be changed).
 */
export async function openRequestOrRedirect(): Promise<{ view: PersonView; session: PersonSession }> {
  const session = await personSessionOrRedirect();
  const view = await personView(await prisma(), session.referralId);
  if (!view || view.stage === "closed" || view.stage === "withdrawn") redirect(`${MANAGE_BASE}/request`);
  return { view, session };
}
