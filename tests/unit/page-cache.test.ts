import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { EXIT_SCRIPT_PATH, inlineScriptHashes, isCacheable, withoutFrameworkScripts } from "@/lib/server/page-cache";
import { CACHED_PAGES } from "@/lib/content/site";

/** A browser asking for a page to show: HTML, as a document. */
const PAGE = { accept: "text/html,application/xhtml+xml", "sec-fetch-dest": "document" };
const request = (url: string, headers: Record<string, string> = PAGE, method = "GET") =>
  ({ url, method, headers }) as unknown as IncomingMessage;

describe("the content page cache", () => {
  it("caches whole-page GETs of the pages that opted in only: never the journey, staff pages, queries or Next.js's own requests", () => {
    const paths = new Set(CACHED_PAGES);
    expect(isCacheable(request("/how-it-works"), paths)).toBe(true);
    expect(isCacheable(request("/privacy", PAGE, "HEAD"), paths)).toBe(true);
    for (const url of ["/ask", "/ask/about-you", "/staff", "/how-it-works?x=1", "/exit"])
      expect(isCacheable(request(url), paths)).toBe(false);
    // Told by standard headers alone: Next.js's page data asks for */*, its server actions for text/x-component.
    expect(isCacheable(request("/how-it-works", { accept: "*/*", rsc: "1" }), paths)).toBe(false);
    expect(isCacheable(request("/how-it-works", { accept: "text/x-component" }), paths)).toBe(false);
    expect(isCacheable(request("/how-it-works", { accept: "text/html", "sec-fetch-dest": "iframe" }), paths)).toBe(
      false,
    );
    expect(isCacheable(request("/how-it-works", { accept: "text/html" }), paths)).toBe(true);
    expect(isCacheable(request("/how-it-works", PAGE, "POST"), paths)).toBe(false);
    expect(CACHED_PAGES).not.toContain("/ask");
  });

  it("names each inline script by its hash, and not scripts loaded from files", () => {
    const html =
      '<script src="/_next/static/a.js" async=""></script><script nonce="x">self.a=1</script><script>self.b=2</script><script>self.a=1</script>';
    const hash = (text: string) => createHash("sha256").update(text).digest("base64");
    expect(inlineScriptHashes(html)).toEqual([hash("self.a=1"), hash("self.b=2")]);
  });

  it("keeps none of the framework's scripts in a copy, only the Exit this page script and other inline scripts", () => {
    // The shape Next.js 16 writes, trimmed: chunk files, a preload, the Turbopack chunk list and the page data.
    const html = [
      '<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="n" data-precedence="next"/>',
      '<link rel="preload" as="script" fetchPriority="low" nonce="n" href="/_next/static/chunks/b.js"/>',
      '<script src="/_next/static/chunks/c.js" async="" nonce="n"></script>',
      '<script src="/_next/static/chunks/d.js" noModule="" nonce="n"></script><title>Get help now</title></head>',
      "<body><main><h1>Get help now</h1></main>",
      '<script nonce="n" id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
      '<script nonce="n">(self.__next_f=self.__next_f||[]).push([0])</script>',
      '<script nonce="n">self.__next_f.push([1,"1:\\"$Sreact.fragment\\""])</script>',
      "<script>$RC=function(){}</script></body></html>",
    ].join("");
    const copy = withoutFrameworkScripts(html);
    expect(copy).not.toMatch(/_next\/static\/chunks\/[a-z]+\.js|__next_f|TURBOPACK/);
    expect(copy).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(copy).toContain("<main><h1>Get help now</h1></main>");
    expect(copy).toContain("<script>$RC=function(){}</script>");
    expect(copy.match(/<script\b[^>]*\bsrc="([^"]*)"/g)).toEqual([`<script src="${EXIT_SCRIPT_PATH}"`]);
    expect(copy.indexOf(EXIT_SCRIPT_PATH)).toBeLessThan(copy.indexOf("</head>"));
  });
});
