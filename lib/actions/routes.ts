/**
 * The one way to write a route handler.
 * - downloadRoute: an administrator's download (CSV, JSON). Anyone without the
 *   permission finds "page not found", as for every admin page; a POST must
 *   come from one of our own pages (the browser's Origin names this host); the
 *   answer is never cached. The service it calls records the audit entry; its
 *   refusal (an AppError) is answered with the code's status and words.
 * - publicRoute: a route anyone may reach (Exit this page, signing out); its
 *   answer is never cached either.
 */
import "server-only";
import type { AuthorisedStaff, Permission } from "@/lib/auth/policy";
import { authoriseRoute } from "@/lib/auth/staff-session";
import { getDatabase, type Database } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import { clientAddress } from "@/lib/http/client-address";

/** What a non-administrator gets from any admin route: the same as for an address that does not exist. */
export function notFoundResponse(): Response {
  return new Response("Page not found", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
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

export type DownloadContext = { admin: AuthorisedStaff; db: Database; ipAddress: string };

type RouteHandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

const neverCached = (response: Response): Response => {
  response.headers.set("cache-control", "no-store");
  return response;
};

export function downloadRoute<P = Record<string, never>>(
  permission: Permission,
  run: (ctx: DownloadContext, request: Request, params: P) => Promise<Response>,
): RouteHandler<P> {
  return async (request, context) => {
    const admin = await authoriseRoute(permission);
    if (!admin) return notFoundResponse();
    if (request.method === "POST" && !sameOrigin(request)) return notFoundResponse();
    const params = (await context?.params) ?? ({} as P);
    try {
      return neverCached(
        await run({ admin, db: await getDatabase(), ipAddress: await clientAddress() }, request, params),
      );
    } catch (error) {
      // An expected refusal answers with its code's status and words (lib/errors/messages.ts); a fault propagates.
      if (!isAppError(error)) throw error;
      return new Response(`${error.userMessage}\n`, {
        status: error.status,
        headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
      });
    }
  };
}

export function publicRoute<R extends Request>(
  run: (request: R) => Promise<Response>,
): (request: R) => Promise<Response> {
  return async (request) => neverCached(await run(request));
}
