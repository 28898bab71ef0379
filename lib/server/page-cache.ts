/**
 * Content pages (what restorative justice is, how it works, the privacy
 * notice…) are the same for everyone, and their only runtime input is the
 * provider's contact settings, fixed for the life of the process. So the HTTP
 * server keeps each one after Next.js first renders it, and serves it from
 * memory from then on: no rendering, no database, with cache headers a CDN
 * can use. The journey, staff and admin pages are never cached (they are not
 * in the list, and stay `no-store`).
 *
 * A cached page cannot carry a per-request nonce, so it gets a policy naming
 * its inline scripts by hash (lib/server/content-security-policy.ts).
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { cachedPagePolicy } from "./content-security-policy";

/** How long a CDN or browser may keep a content page. A new version of the service is a new process anyway. */
const MAX_AGE_SECONDS = 300;

/** Headers Next.js sets that a cached copy keeps. */
const KEPT_HEADERS = ["content-type", "link", "x-content-type-options", "x-frame-options", "referrer-policy", "permissions-policy"];

export type CachedPage = { headers: Record<string, string>; body: Buffer; gzipped: Buffer };

/** The hashes of a page's inline scripts (those without src), as CSP wants them. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.add(createHash("sha256").update(match[1]!, "utf8").digest("base64"));
  }
  return [...hashes];
}

/** A whole-page GET for one of the cached paths: no query, not a request from Next.js's own client code. */
export function isCacheable(req: IncomingMessage, paths: ReadonlySet<string>): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url ?? "";
  if (url.includes("?") || !paths.has(url)) return false;
  const h = req.headers;
  return !h.rsc && !h["next-router-state-tree"] && !h["next-router-prefetch"] && !h["next-action"];
}

export function createPageCache(paths: Iterable<string>) {
  const allowed = new Set(paths);
  const pages = new Map<string, CachedPage>();

  return {
    paths: allowed as ReadonlySet<string>,
    get: (path: string) => pages.get(path),

    /** Sends a cached page, compressed if the client takes gzip. */
    send(req: IncomingMessage, res: ServerResponse, page: CachedPage): void {
      const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
      const body = gzip ? page.gzipped : page.body;
      res.writeHead(200, { ...page.headers, vary: "Accept-Encoding", ...(gzip ? { "content-encoding": "gzip" } : {}), "content-length": body.length });
      res.end(req.method === "HEAD" ? undefined : body);
    },

    /**
     * Lets Next.js answer this request, keeping a copy of its answer (asked for
     * uncompressed) if it is a whole page that sets no cookie.
     */
    capture(req: IncomingMessage, res: ServerResponse): void {
      const path = req.url ?? "";
      delete req.headers["accept-encoding"];
      const chunks: Buffer[] = [];
      const write = res.write.bind(res) as (...args: unknown[]) => boolean;
      const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
      const keep = (chunk: unknown, encoding?: unknown) => {
        if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
        else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
      };
      res.write = ((chunk: unknown, ...rest: unknown[]) => {
        keep(chunk, rest[0]);
        return write(chunk, ...rest);
      }) as ServerResponse["write"];
      res.end = ((chunk?: unknown, ...rest: unknown[]) => {
        if (chunk !== undefined && typeof chunk !== "function") keep(chunk, rest[0]);
        return end(chunk, ...rest);
      }) as ServerResponse["end"];
      res.once("finish", () => {
        const type = String(res.getHeader("content-type") ?? "");
        if (res.statusCode !== 200 || !type.startsWith("text/html") || res.getHeader("set-cookie") || req.method !== "GET") return;
        const body = Buffer.concat(chunks);
        const headers: Record<string, string> = {};
        for (const name of KEPT_HEADERS) {
          const value = res.getHeader(name);
          if (value !== undefined) headers[name] = String(value);
        }
        headers["content-security-policy"] = cachedPagePolicy(inlineScriptHashes(body.toString("utf8")));
        headers["cache-control"] = `public, max-age=${MAX_AGE_SECONDS}`;
        pages.set(path, { headers, body, gzipped: gzipSync(body) });
      });
    },
  };
}

export type PageCache = ReturnType<typeof createPageCache>;
