/**
 * The Content Security Policy of every page, with a new nonce per request.
 *
 * Next.js reads the policy from the request headers set here and puts the
 * nonce on every script it writes into the page, so only those scripts run:
 * no inline script an attacker manages to inject, no script from another
 * site ('strict-dynamic' lets our own scripts load the chunks they need).
 * Pages are rendered per request (see app/layout.tsx), which a nonce needs.
 *
 * Oversized and foreign-origin posts are refused earlier, by the HTTP server
 * (lib/server/), before their bodies are read.
 */
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/server/content-security-policy";

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Every page and route, not the build's static files (they are not documents).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
