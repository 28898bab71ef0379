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
 * A 404 is swapped only when it is that empty page: notFound() called while a
 * page renders (an unknown question, an unknown language) gets Next.js's
 * script-only error shell, not the not-found page of its segment
 * (vercel/next.js#62228), so without JavaScript it is blank. A 404 that is a
 * real page (app/global-not-found.tsx, a segment's not-found.tsx) passes
 * through as it was: it is held until it ends (a 404 page is small), read,
 * then sent on unchanged. In the staff workspace (a referral that does not
 * exist, a page for administrators only) the plain page is the workspace's:
 * no Exit this page, the way back to the referrals.
 *
 * Requests made by Next.js's own client code (page data, server action calls
 * with JavaScript) are left alone: the React error page handles those.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import type { ProblemKind } from "@/lib/content/problems";
import type { ProblemFrame } from "./problem-page";
import { wantsWholePage } from "@/lib/http/whole-page";
import { securityHeaders } from "./security-headers";

/** A request the browser will show as a whole page (not a request Next.js's own client code makes), and not for a build file. */
export function isPageRequest(req: IncomingMessage): boolean {
  return wantsWholePage((name) => req.headers[name]) && !(req.url ?? "").startsWith("/_next/");
}

/** Set by the HTTP server before Next.js ran: kept on the plain page (every other header described Next.js's answer). */
const SERVER_HEADERS = new Set(Object.keys(securityHeaders(true)));

/** Next.js's error shell: an <html> with no content, which only its scripts fill in. */
const EMPTY_SHELL = '<html id="__next_error__"';

/** More than a 404 page ever is: past this, a held answer is sent on as it is. */
const MOST_HELD_BYTES = 512 * 1024;

/** The start of a held answer as text, undoing the compression Next.js applied (unreadable: not the shell). */
function startOf(body: Buffer, encoding: unknown): string {
  try {
    const plain =
      encoding === "gzip"
        ? gunzipSync(body)
        : encoding === "br"
          ? brotliDecompressSync(body)
          : encoding === "deflate"
            ? inflateSync(body)
            : body;
    return plain.subarray(0, 512).toString("latin1");
  } catch {
    return "";
  }
}

export function isEmptyErrorShell(body: Buffer, encoding: unknown): boolean {
  return startOf(body, encoding).includes(EMPTY_SHELL);
}

type Callback = (error?: Error | null) => void;
type Chunk = string | Uint8Array;

const asBuffer = (chunk: Chunk, encoding?: unknown) =>
  typeof chunk === "string"
    ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
    : Buffer.from(chunk);

export function replaceBareServerErrors(
  req: IncomingMessage,
  res: ServerResponse,
  render: (kind: ProblemKind, frame: ProblemFrame) => string,
  csp: string,
): void {
  if (!isPageRequest(req)) return;
  const original = { writeHead: res.writeHead, write: res.write, end: res.end };
  // In the workspace, a 404 and a 403 get the workspace's plain page (no Exit this page); a 5xx the public one.
  const inWorkspace = /^\/staff(\/|$|\?)/.test(req.url ?? "");
  /** undecided until Next.js's first write; held: a 404, read before it is sent on. */
  let state: "undecided" | "passing" | "replaced" | "held" = "undecided";
  let heldHead: unknown[] | undefined;
  const held: Buffer[] = [];
  let heldBytes = 0;

  const sendProblemPage = (status: number, kind: ProblemKind) => {
    state = "replaced";
    const html = render(kind, inWorkspace && status < 500 ? "workspace" : "public");
    for (const name of res.getHeaderNames()) if (!SERVER_HEADERS.has(name)) res.removeHeader(name);
    original.writeHead.call(res, status, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy": csp,
      "x-content-type-options": "nosniff",
      "referrer-policy": "same-origin",
      "content-length": Buffer.byteLength(html),
    });
    (original.end as (chunk?: string) => ServerResponse).call(res, req.method === "HEAD" ? undefined : html);
  };

  /** Sends a held 404 on as Next.js wrote it. */
  const release = () => {
    state = "passing";
    if (heldHead) (original.writeHead as (...a: unknown[]) => ServerResponse).apply(res, heldHead);
    if (held.length) (original.write as (chunk: Buffer) => boolean).call(res, Buffer.concat(held));
  };

  /** Called at Next.js's first write or head. */
  const decide = (status: number): void => {
    if (state !== "undecided") return;
    if (status === 404) state = "held";
    else if (status >= 500 || status === 403)
      sendProblemPage(status, status === 403 ? "not-allowed" : status === 503 ? "unavailable" : "error");
    else state = "passing";
  };
  const callbackIn = (args: unknown[]) => args.find((arg): arg is Callback => typeof arg === "function");

  res.writeHead = function writeHead(this: ServerResponse, status: number, ...rest: unknown[]) {
    decide(status);
    if (state === "replaced") return this;
    if (state === "held") {
      heldHead = [status, ...rest];
      return this;
    }
    return (original.writeHead as (...a: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse["writeHead"];
  res.write = function write(this: ServerResponse, ...args: unknown[]) {
    decide(this.statusCode);
    if (state === "held") {
      const chunk = asBuffer(args[0] as Chunk, args[1]);
      held.push(chunk);
      heldBytes += chunk.length;
      if (heldBytes > MOST_HELD_BYTES) release();
      callbackIn(args)?.();
      return true;
    }
    if (state === "replaced") {
      callbackIn(args)?.();
      return true;
    }
    return (original.write as (...a: unknown[]) => boolean).apply(this, args);
  } as ServerResponse["write"];
  res.end = function end(this: ServerResponse, ...args: unknown[]) {
    decide(this.statusCode);
    if (state === "held") {
      const last = args[0];
      if (last !== undefined && typeof last !== "function") held.push(asBuffer(last as Chunk, args[1]));
      if (isEmptyErrorShell(Buffer.concat(held), res.getHeader("content-encoding"))) {
        sendProblemPage(404, "not-found");
      } else {
        release();
        (original.end as () => ServerResponse).call(this);
      }
      callbackIn(args)?.();
      return this;
    }
    if (state === "replaced") {
      callbackIn(args)?.();
      return this;
    }
    return (original.end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["end"];
}
