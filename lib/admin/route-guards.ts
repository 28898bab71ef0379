/** Checks the admin route handlers share (server actions get these from Next.js itself). */

/** What a non-administrator gets from any admin route: the same as for an address that does not exist. */
export function notFoundResponse(): Response {
  return new Response("Page not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

/** A method an admin route does not use (GET on the POST-only download, say): 404 too, never 405. */
export async function notFoundHandler(): Promise<Response> {
  return notFoundResponse();
}

/**
 * A state-changing or data-releasing POST must come from one of our own pages:
 * the browser's Origin header (sent with every POST) must name this host.
 */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
