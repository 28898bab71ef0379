/**
 * When Next.js fails a request that a browser loads as a page (a GET or a
 * form post without JavaScript), it answers 500 with either the bare text
 * "Internal Server Error" or an empty page that only JavaScript can fill in.
 * Neither helps someone who may be in danger. Like a reverse proxy's error
 * page, this swaps any 5xx answer to such a request for the plain problem
 * page (Exit this page, 999, other ways to reach the provider). Next.js's
 * 403 (forbidden(), a page not for this account) is the same empty page: it
 * becomes the plain "You cannot open this page".
 *
 * Requests made by Next.js's own client code (page data, server action calls
 * with JavaScript) are left alone: the React error page handles those.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ProblemKind } from "@/lib/content/problems";
import { wantsWholePage } from "@/lib/http/whole-page";

/** A request the browser will show as a whole page (not a request Next.js's own client code makes), and not for a build file. */
export function isPageRequest(req: IncomingMessage): boolean {
  return wantsWholePage((name) => req.headers[name]) && !(req.url ?? "").startsWith("/_next/");
}

type Callback = (error?: Error | null) => void;

export function replaceBareServerErrors(
  req: IncomingMessage,
  res: ServerResponse,
  render: (kind: ProblemKind) => string,
  csp: string,
): void {
  if (!isPageRequest(req)) return;
  const original = { writeHead: res.writeHead, write: res.write, end: res.end };
  let decided = false;
  let replaced = false;

  /** Called at Next.js's first write: from then on its output either passes through or is dropped. */
  const replaceIfFailed = (status: number): boolean => {
    if (decided) return replaced;
    decided = true;
    if (status < 500 && status !== 403) return false;
    replaced = true;
    const html = render(status === 403 ? "not-allowed" : status === 503 ? "unavailable" : "error");
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    original.writeHead.call(res, status, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy": csp,
      "x-content-type-options": "nosniff",
      "referrer-policy": "same-origin",
      "content-length": Buffer.byteLength(html),
    });
    (original.end as (chunk?: string) => ServerResponse).call(res, req.method === "HEAD" ? undefined : html);
    return true;
  };
  const callbackIn = (args: unknown[]) => args.find((arg): arg is Callback => typeof arg === "function");

  res.writeHead = function writeHead(this: ServerResponse, status: number, ...rest: unknown[]) {
    if (replaceIfFailed(status)) return this;
    return (original.writeHead as (...a: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse["writeHead"];
  res.write = function write(this: ServerResponse, ...args: unknown[]) {
    if (replaceIfFailed(this.statusCode)) {
      callbackIn(args)?.();
      return true;
    }
    return (original.write as (...a: unknown[]) => boolean).apply(this, args);
  } as ServerResponse["write"];
  res.end = function end(this: ServerResponse, ...args: unknown[]) {
    if (replaceIfFailed(this.statusCode)) {
      callbackIn(args)?.();
      return this;
    }
    return (original.end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["end"];
}
