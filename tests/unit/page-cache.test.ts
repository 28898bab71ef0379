import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { inlineScriptHashes, isCacheable } from "@/lib/server/page-cache";
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
});
