/**
 * The address in the emailed link. It changes nothing (email scanners fetch
 * every link, and a link works once): it puts the token in a short-lived
 * cookie and sends the browser on to /manage/link, so the address with the
 * token is never kept in the browser's history; the Continue button there
 * uses the link.
 */
import { NextResponse, type NextRequest } from "next/server";
import { publicRoute } from "@/lib/actions/routes";
import { env } from "@/lib/env";
import { LINK_MINUTES, LINK_TOKEN_PATTERN } from "@/lib/person/person-links";
import { linkCookieName } from "@/lib/person/session-cookie";

const goTo = (path: string) => new NextResponse(null, { status: 303, headers: { location: path } });

export const GET = publicRoute(async (request: NextRequest): Promise<NextResponse> => {
  const token = request.nextUrl.pathname.split("/").at(-1) ?? "";
  // A relative address: the browser stays on the host it asked (behind a proxy, Next.js may not know it).
  if (!LINK_TOKEN_PATTERN.test(token)) return goTo("/manage/link-problem");
  const { https } = env();
  const response = goTo("/manage/link");
  response.cookies.set(linkCookieName(https), token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: https,
    maxAge: LINK_MINUTES * 60,
  });
  return response;
});
