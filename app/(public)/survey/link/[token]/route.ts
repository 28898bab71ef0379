/**
 * The address in the survey email. It changes nothing (email scanners fetch
 * every link): it puts the token in a short-lived cookie and sends the browser
 * on to /survey, so the address with the token is never kept in the browser's
 * history. Answering, or "no thanks", uses the link up.
 */
import { NextResponse, type NextRequest } from "next/server";
import { publicRoute } from "@/lib/actions/routes";
import { env } from "@/lib/env";
import { LINK_TOKEN_PATTERN } from "@/lib/person/person-links";
import { SURVEY_COOKIE_SECONDS, surveyCookieName } from "@/lib/survey/survey-link";

export const GET = publicRoute(async (request: NextRequest): Promise<NextResponse> => {
  const token = request.nextUrl.pathname.split("/").at(-1) ?? "";
  const { https } = env();
  // A relative address: the browser stays on the host it asked.
  const response = new NextResponse(null, { status: 303, headers: { location: "/survey" } });
  if (LINK_TOKEN_PATTERN.test(token))
    response.cookies.set(surveyCookieName(https), token, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: https,
      maxAge: SURVEY_COOKIE_SECONDS,
    });
  return response;
});
