/**
 * "Exit this page": ends the journey on the server (deletes the draft and its
 * cookie) and sends the browser to a neutral site. It must always leave, even
 * if the database is down, so failures are logged and the redirect still happens.
 */
import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { log, describeError } from "@/lib/log";
import { DRAFT_COOKIE } from "@/lib/referrals/draft-cookie";
import { discardDraft } from "@/lib/referrals/discard-draft";

async function exit(request: NextRequest): Promise<NextResponse> {
  try {
    await discardDraft(request.cookies.get(DRAFT_COOKIE)?.value);
  } catch (error) {
    log.error({ err: describeError(error) }, "exit: could not discard the draft");
  }
  const response = NextResponse.redirect(env().exitUrl, 303);
  response.cookies.set(DRAFT_COOKIE, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax" });
  response.headers.set("Cache-Control", "no-store");
  // Asks the browser to forget this site's cached pages and storage as well.
  response.headers.set("Clear-Site-Data", '"cache", "cookies", "storage"');
  return response;
}

export const GET = exit;
export const POST = exit;
