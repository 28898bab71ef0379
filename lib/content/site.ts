import { LANGUAGE_CODES, languagePath, type LanguagePage } from "@/lib/languages";

export const SERVICE_NAME = "Restorative justice in Merseyside";

/** The staff workspace's header (app/staff/layout.tsx, and the server's plain pages under /staff). */
export const WORKSPACE_NAME = "Restorative justice referrals: staff workspace";

export type PublicPage = { href: string; title: string; inNavigation: boolean };

/** The public pages, in reading order: used by the navigation, the footer and the tests. */
export const PUBLIC_PAGES: PublicPage[] = [
  { href: "/", title: "Restorative justice in Merseyside", inNavigation: false },
  { href: "/what-is-restorative-justice", title: "What restorative justice is", inNavigation: true },
  { href: "/how-it-works", title: "How restorative justice works", inNavigation: true },
  { href: "/is-it-right-for-me", title: "Is restorative justice right for me?", inNavigation: true },
  { href: "/benefits-and-evidence", title: "Benefits and evidence", inNavigation: true },
  { href: "/how-we-are-doing", title: "How we are doing", inNavigation: false },
  { href: "/what-happens-after-you-ask", title: "What happens after you ask", inNavigation: true },
  { href: "/get-help-now", title: "Get help now", inNavigation: true },
  { href: "/about-restorative-solutions", title: "About Restorative Solutions", inNavigation: false },
  { href: "/ask", title: "Ask for restorative justice", inNavigation: false },
  { href: "/staying-safe-online", title: "Staying safe online", inNavigation: false },
  { href: "/privacy", title: "Privacy notice", inNavigation: false },
  { href: "/accessibility", title: "Accessibility statement", inNavigation: false },
  {
    href: "/easy-read/what-is-restorative-justice",
    title: "Easy Read: what restorative justice is",
    inNavigation: false,
  },
  {
    href: "/easy-read/is-it-right-for-me",
    title: "Easy Read: is restorative justice right for me?",
    inNavigation: false,
  },
  { href: "/easy-read/how-to-ask", title: "Easy Read: how to ask for restorative justice", inNavigation: false },
];

export function pageTitle(href: string): string {
  const page = PUBLIC_PAGES.find((p) => p.href === href);
  if (!page) throw new Error(`No public page at ${href}`);
  return page.title;
}

/**
 * A language's pages that are the same for everyone: not "how to ask", whose
 * short request form carries a one-time token. A language the LANGUAGES
 * setting does not list answers 404, which is never kept.
 */
export const CACHED_LANGUAGE_PAGES = [
  "",
  "is-it-right-for-me",
  "get-help-now",
] as const satisfies readonly LanguagePage[];

/**
 * Cached pages that show figures from the database, the same for everyone, with
 * how long (seconds) a copy may be kept: the server also drops its copy as soon
 * as this process saves or deletes what they count (forgetCachedPage in
 * lib/http/cached-page-hook.ts). They may read the database, nothing else.
 */
export const CACHED_FIGURE_PAGES: Readonly<Record<string, number>> = { "/how-we-are-doing": 300 };

/**
 * Pages that are the same for everyone and read nothing per request (but for
 * the figures pages above, which read the database), named one by one (a page
 * is cached only if it is listed here): the HTTP server keeps them in memory
 * after their first visit (lib/server/page-cache.ts).
 * tests/unit/cached-pages.test.ts fails if one of them could read a cookie, a
 * header or a session. Never the journey (/ask), "Manage your request" or staff pages.
 */
export const CACHED_PAGES: readonly string[] = [
  ...Object.keys(CACHED_FIGURE_PAGES),
  "/",
  "/what-is-restorative-justice",
  "/how-it-works",
  "/is-it-right-for-me",
  "/benefits-and-evidence",
  "/what-happens-after-you-ask",
  "/get-help-now",
  "/about-restorative-solutions",
  "/staying-safe-online",
  "/privacy",
  "/accessibility",
  "/easy-read/what-is-restorative-justice",
  "/easy-read/is-it-right-for-me",
  "/easy-read/how-to-ask",
  ...LANGUAGE_CODES.flatMap((code) => CACHED_LANGUAGE_PAGES.map((page) => languagePath(code, page))),
];
