/**
 * "Exit this page": ends the journey on the server (deletes the draft and its
 * cookie), ends a "Manage your request" session the same way, forgets a survey
 * link's cookie, and sends the
 * browser to a neutral site. It must always leave, even
 * if the database is down, so failures are logged and the redirect still happens.
 */
import { type NextRequest, NextResponse } from "next/server";
import { publicRoute } from "@/lib/actions/routes";
import { env } from "@/lib/env";
import { log, describeError } from "@/lib/log";
import { draftCookieName } from "@/lib/referrals/draft-cookie";
import { discardDraft } from "@/lib/referrals/discard-draft";
import { getDatabase } from "@/lib/db";
import { endPersonSession } from "@/lib/person/access";
import { personCookieName } from "@/lib/person/session-cookie";
import { surveyCookieName } from "@/lib/survey/survey-link";

const exit = publicRoute(async (request: NextRequest): Promise<NextResponse> => {
  const { https, exitUrl } = env();
  const cookie = draftCookieName(https);
  try {
    await discardDraft(request.cookies.get(cookie)?.value);
  } catch (error) {
    log.error({ err: describeError(error) }, "exit: could not discard the draft");
  }
  // A "Manage your request" session ends at once too.
  const personCookie = personCookieName(https);
  try {
    await endPersonSession((await getDatabase()).prisma, request.cookies.get(personCookie)?.value);
  } catch (error) {
    log.error({ err: describeError(error) }, "exit: could not end the request session");
  }
  const response = NextResponse.redirect(exitUrl, 303);
  response.cookies.set(cookie, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: https });
  // The survey link's cookie too: the questions are not left open behind the neutral site.
  for (const name of [personCookie, surveyCookieName(https)])
    response.cookies.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: https });
  // Asks the browser to forget this site's cached pages and storage as well.
  response.headers.set("Clear-Site-Data", '"cache", "cookies", "storage"');
  return response;
});

export const GET = exit;
export const POST = exit;
