/**
 * Content pages (what restorative justice is, how it works, the privacy
 * notice…) are the same for everyone. Pages opt in by name (CACHED_PAGES in
 * lib/content/site.ts; tests/unit/cached-pages.test.ts fails if one of them
 * could read a cookie, a header or a session). The first time such a page is
 * asked for, the server fetches it from itself, as any client would (no hook
 * into Next.js's response), and answers from that copy, kept in memory from
 * then on: no rendering, no database, with cache headers a CDN can use. A new
 * version of the service is a new process anyway.
 *
 * A cached page cannot carry a per-request nonce, so it gets a policy naming
 * its inline scripts by hash (lib/server/content-security-policy.ts).
 *
 * The copy carries none of the framework's scripts: a content page's only
 * behaviour is "Exit this page" (the Menu is a <details>), and the React
 * runtime with the page's data for it was 140 kB of script and four fifths of
 * the HTML, the time a phone spends before it answers a tap. The copy loads
 * /exit-this-page.js instead (components/exit-this-page-script.ts), and its
 * links load whole pages, as they already did (components/nav-link.tsx).
 *
 * A page showing figures (CACHED_FIGURE_PAGES) is kept for a few minutes at
 * most, and dropped as soon as the app says its figures changed.
 */
import { createHash, randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { onForgetCachedPage } from "@/lib/http/cached-page-hook";
import { cachedPagePolicy } from "./content-security-policy";
import { wantsWholePage } from "@/lib/http/whole-page";

/** How long a CDN or browser may keep a content page (and a page showing figures, at most). */
const MAX_AGE_SECONDS = 300;

/** Headers of the page as Next.js answered it that the copy keeps (the security headers are the server's own). */
const KEPT_HEADERS = ["content-type", "link"];

export type CachedPage = { headers: Record<string, string>; body: Buffer; gzipped: Buffer; keptUntil: number };

/** The hashes of a page's inline scripts (those without src), as CSP wants them. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.add(createHash("sha256").update(match[1]!, "utf8").digest("base64"));
  }
  return [...hashes];
}

/** The one script a cached page loads (built into public/ by `npm run build:exit-script`). */
export const EXIT_SCRIPT_PATH = "/exit-this-page.js";

/** Inline scripts that only feed the framework's runtime: its page data and its chunk list. */
const FRAMEWORK_INLINE = /^\s*\(?\s*(self\.__next_f|globalThis\["TURBOPACK"\])/;

/**
 * The page without the framework's scripts (files under /_next/, their
 * preloads, and the inline scripts that feed them), loading the Exit this page
 * script instead. Any other inline script is kept (and named by its hash).
 */
export function withoutFrameworkScripts(html: string): string {
  const stripped = html
    .replace(/<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*><\/script>/g, "")
    .replace(/<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="script")[^>]*>/g, "")
    .replace(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g, (script, body: string) =>
      FRAMEWORK_INLINE.test(body) ? "" : script,
    );
  return stripped.replace("</head>", `<script src="${EXIT_SCRIPT_PATH}" defer=""></script></head>`);
}

/** A whole-page GET or HEAD of one of the pages that opted in, with no query. */
export function isCacheable(
  req: Pick<IncomingMessage, "method" | "url" | "headers">,
  paths: ReadonlySet<string>,
): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  return paths.has(req.url ?? "") && wantsWholePage((name) => req.headers[name]);
}

/** Keeps an answer only if it is a whole page that sets no cookie. */
async function copyOf(response: Response, keptForSeconds: number): Promise<CachedPage | null> {
  const type = response.headers.get("content-type") ?? "";
  if (response.status !== 200 || !type.startsWith("text/html") || response.headers.has("set-cookie")) return null;
  const body = Buffer.from(withoutFrameworkScripts(await response.text()), "utf8");
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  headers["content-security-policy"] = cachedPagePolicy(inlineScriptHashes(body.toString("utf8")));
  headers["cache-control"] = `public, max-age=${Math.min(keptForSeconds, MAX_AGE_SECONDS)}`;
  return { headers, body, gzipped: gzipSync(body), keptUntil: Date.now() + keptForSeconds * 1000 };
}

/** Marks the server's own request for a page it is about to keep, so that request goes on to Next.js. */
const FILL_HEADER = "x-rj-page-cache-fill";

/**
 * `keptForSeconds` names the pages whose copy goes out of date (figures), with
 * how long each may be kept; any other page is kept as long as the process.
 */
export function createPageCache(paths: Iterable<string>, keptForSeconds: Readonly<Record<string, number>> = {}) {
  const allowed: ReadonlySet<string> = new Set(paths);
  const pages = new Map<string, CachedPage>();
  const filling = new Map<string, Promise<CachedPage | null>>();
  /** Counts each page's "out of date": a copy fetched before the latest is not kept. */
  const forgotten = new Map<string, number>();
  onForgetCachedPage((path) => {
    forgotten.set(path, (forgotten.get(path) ?? 0) + 1);
    pages.delete(path);
    // A fetch already under way may hold the old figures: the next visitor starts another.
    filling.delete(path);
  });
  /** Known only to this process, so no client can pass for the server's own request. */
  const fillToken = randomBytes(16).toString("hex");
  /** Where this server can be reached from itself: set once it listens. */
  let selfUrl: string | undefined;

  /** Fetches `path` from this server (once, however many ask at the same time) and keeps it if it is a whole page for everyone. */
  const fill = (path: string): Promise<CachedPage | null> => {
    let pending = filling.get(path);
    if (!pending) {
      const generation = forgotten.get(path) ?? 0;
      pending = fetch(new URL(path, selfUrl), {
        headers: { accept: "text/html", [FILL_HEADER]: fillToken },
        redirect: "manual",
      })
        .then((response) => copyOf(response, keptForSeconds[path] ?? Infinity))
        .then((page) => {
          if (page && generation === (forgotten.get(path) ?? 0)) pages.set(path, page);
          return page;
        })
        // A page that could not be fetched is asked for again by the next visitor.
        .catch(() => null)
        .finally(() => {
          if (filling.get(path) === pending) filling.delete(path);
        });
      filling.set(path, pending);
    }
    return pending;
  };

  return {
    paths: allowed,
    listeningAt(url: string) {
      selfUrl = url;
    },

    /** The kept copy for this request, fetched first if need be; undefined: let Next.js answer. */
    async pageFor(req: IncomingMessage): Promise<CachedPage | undefined> {
      const path = req.url ?? "";
      if (req.headers[FILL_HEADER] === fillToken) {
        delete req.headers[FILL_HEADER];
        return undefined;
      }
      if (!selfUrl) return undefined;
      const kept = pages.get(path);
      if (kept && kept.keptUntil > Date.now()) return kept;
      return (await fill(path)) ?? undefined;
    },

    /** Sends a cached page, compressed if the client takes gzip. */
    send(req: IncomingMessage, res: ServerResponse, page: CachedPage): void {
      const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
      const body = gzip ? page.gzipped : page.body;
      res.writeHead(200, {
        ...page.headers,
        vary: "Accept-Encoding",
        ...(gzip ? { "content-encoding": "gzip" } : {}),
        "content-length": body.length,
      });
      res.end(req.method === "HEAD" ? undefined : body);
    },
  };
}

export type PageCache = ReturnType<typeof createPageCache>;
