/**
 * A cached page is served to every visitor from one copy, so it must not show
 * anything that depends on who asks. These tests follow every import from each
 * cached page (and the layouts around it) through the project's own files and
 * fail if one reaches what reads a request: cookies and headers (next/headers),
 * a session, the client's address, or the database.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { CACHED_FIGURE_PAGES, CACHED_LANGUAGE_PAGES, CACHED_PAGES, PUBLIC_PAGES } from "@/lib/content/site";
import { LANGUAGE_CODES, languageOf, languagePath } from "@/lib/languages";

/** What a page read per request would need. */
const PER_REQUEST = ["next/headers", "next/server", "@/lib/db", "@/lib/db.ts"];
/** A page of figures reads the database (lib/db and its modules): the same for everyone, kept a few minutes (CACHED_FIGURE_PAGES). */
const isDatabase = (specifier: string) => specifier === "@/lib/db" || specifier.startsWith("@/lib/db/");

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)|(?:^|\n)\s*import\s+"([^"]+)"/g;

function resolveFile(specifier: string, from: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.resolve(specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

/** Every import specifier reachable from `entry` through the project's own files. */
function reachableImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const specifiers = new Set<string>();
  const queue = [path.resolve(entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3]!;
      const resolved = resolveFile(specifier, file);
      specifiers.add(resolved ? `@/${path.relative(process.cwd(), resolved).replace(/\.tsx?$/, "")}` : specifier);
      if (resolved) queue.push(resolved);
    }
  }
  return specifiers;
}

/** A page in another language (/pl, /pl/get-help-now…) is one file for every language, under [lang]. */
const inLanguage = (href: string) => languageOf(href.split("/")[1]) !== undefined;
const pageFile = (href: string) =>
  inLanguage(href)
    ? path.join("app", "(languages)", "[lang]", href.split("/").slice(2).join("/"), "page.tsx")
    : path.join("app", "(public)", href === "/" ? "" : href, "page.tsx");
const layoutsOf = (href: string) => [
  path.join("app", "layout.tsx"),
  inLanguage(href)
    ? path.join("app", "(languages)", "[lang]", "layout.tsx")
    : path.join("app", "(public)", "layout.tsx"),
];

const perRequestReads = (files: string[]) =>
  [...new Set(files.flatMap((file) => [...reachableImports(file)]))].filter((specifier) =>
    PER_REQUEST.some(
      (read) => specifier === read || specifier === read.replace(/\.ts$/, "") || specifier.startsWith(`${read}/`),
    ),
  );

describe("cached pages", () => {
  it("are public pages named one by one, never the journey", () => {
    const publicPaths = PUBLIC_PAGES.map((page) => page.href);
    const languagePaths = LANGUAGE_CODES.flatMap((code) =>
      CACHED_LANGUAGE_PAGES.map((page) => languagePath(code, page)),
    );
    for (const href of CACHED_PAGES) expect([...publicPaths, ...languagePaths]).toContain(href);
    expect(CACHED_PAGES).toContain("/ar/get-help-now");
    // The short request in each language carries a one-time token: never kept.
    expect(CACHED_PAGES.some((href) => href.endsWith("/how-to-ask") && inLanguage(href))).toBe(false);
    expect(CACHED_PAGES).not.toContain("/ask");
    expect(CACHED_PAGES.some((href) => href.startsWith("/manage") || href.startsWith("/staff"))).toBe(false);
  });

  const contentPages = CACHED_PAGES.filter((href) => !(href in CACHED_FIGURE_PAGES));
  it.each(contentPages.map((href) => [href]))(
    "%s reads no cookie, header, session or database, nor do its layouts",
    (href) => {
      expect(existsSync(pageFile(href))).toBe(true);
      expect(perRequestReads([pageFile(href), ...layoutsOf(href)])).toEqual([]);
    },
  );

  it.each(Object.keys(CACHED_FIGURE_PAGES).map((href) => [href]))(
    "%s, a page of figures, reads the database and no cookie, header or session, nor do its layouts",
    (href) => {
      expect(CACHED_PAGES).toContain(href);
      expect(CACHED_FIGURE_PAGES[href]).toBeLessThanOrEqual(300);
      const reads = perRequestReads([pageFile(href), ...layoutsOf(href)]);
      expect(reads.filter((read) => !isDatabase(read))).toEqual([]);
      expect(reads.length).toBeGreaterThan(0);
    },
  );

  it("would catch a page that reads the request: the journey's start page does", () => {
    expect(perRequestReads([pageFile("/ask")])).toContain("next/headers");
  });
});
