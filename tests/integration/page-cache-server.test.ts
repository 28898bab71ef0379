/**
 * The page cache in front of a real HTTP server on 127.0.0.1, which renders a
 * page with a counter in it (standing in for Next.js): what is kept, for how
 * long, and what the app's "these figures changed" drops.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { forgetCachedPage } from "@/lib/http/cached-page-hook";
import { createPageCache, type PageCache } from "@/lib/server/page-cache";

const CONTENT = "/how-it-works";
const FIGURES = "/how-we-are-doing";

type Site = { url: string; renders: Map<string, number>; hold: { next?: Promise<void> }; close(): Promise<void> };

/** Answers each page with how many times it has been rendered; `hold.next` delays the next render. */
async function startSite(cache: PageCache): Promise<Site> {
  const renders = new Map<string, number>();
  const hold: Site["hold"] = {};
  const server = http.createServer((req, res) => {
    void (async () => {
      const path = req.url ?? "";
      if (cache.paths.has(path)) {
        const page = await cache.pageFor(req);
        if (page) return cache.send(req, res, page);
      }
      const count = (renders.get(path) ?? 0) + 1;
      renders.set(path, count);
      const waiting = hold.next;
      delete hold.next;
      await waiting;
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<html><head></head><body><p>render ${count}</p></body></html>`);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cache.listeningAt(url);
  return { url, renders, hold, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const shown = async (site: Site, path: string) =>
  /render (\d+)/.exec(await (await fetch(`${site.url}${path}`, { headers: { accept: "text/html" } })).text())?.[1];

describe("the page cache, served", () => {
  let site: Site | undefined;
  afterEach(async () => {
    await site?.close();
    site = undefined;
  });

  it("renders a content page once and a page of figures again once the app says they changed", async () => {
    site = await startSite(createPageCache([CONTENT, FIGURES], { [FIGURES]: 300 }));
    expect([await shown(site, CONTENT), await shown(site, CONTENT)]).toEqual(["1", "1"]);
    expect([await shown(site, FIGURES), await shown(site, FIGURES)]).toEqual(["1", "1"]);

    forgetCachedPage(FIGURES);
    expect([await shown(site, FIGURES), await shown(site, FIGURES)]).toEqual(["2", "2"]);
    // Nothing else was dropped.
    expect(await shown(site, CONTENT)).toBe("1");
  });

  it("tells a CDN to keep a page of figures no longer than the server does", async () => {
    site = await startSite(createPageCache([CONTENT, FIGURES], { [FIGURES]: 60 }));
    const headers = { accept: "text/html" };
    expect((await fetch(`${site.url}${FIGURES}`, { headers })).headers.get("cache-control")).toBe("public, max-age=60");
    expect((await fetch(`${site.url}${CONTENT}`, { headers })).headers.get("cache-control")).toBe(
      "public, max-age=300",
    );
  });

  it("renders a page of figures again once its time is up", async () => {
    site = await startSite(createPageCache([FIGURES], { [FIGURES]: 0.2 }));
    expect(await shown(site, FIGURES)).toBe("1");
    expect(await shown(site, FIGURES)).toBe("1");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await shown(site, FIGURES)).toBe("2");
  });

  it("does not keep a copy rendered before the figures changed", async () => {
    site = await startSite(createPageCache([FIGURES], { [FIGURES]: 300 }));
    let release!: () => void;
    site.hold.next = new Promise<void>((resolve) => (release = resolve));
    const first = shown(site, FIGURES);
    while (!site.renders.get(FIGURES)) await new Promise((resolve) => setTimeout(resolve, 5));
    // An answer is saved while the page is being rendered with the old figures.
    forgetCachedPage(FIGURES);
    release();
    expect(await first).toBe("1");
    expect(await shown(site, FIGURES)).toBe("2");
    expect(await shown(site, FIGURES)).toBe("2");
  });
});
