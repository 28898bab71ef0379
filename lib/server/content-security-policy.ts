/**
 * The Content Security Policy of the service's pages. Nothing is loaded from
 * other sites (the privacy notice promises it). Styles keep 'unsafe-inline':
 * React writes style attributes, which a nonce cannot cover, and a style
 * cannot run code.
 *
 * Two kinds of page, two ways of naming the scripts allowed to run:
 * - a page rendered per request (the journey, staff and admin pages: anything
 *   showing what a person typed) gets a new nonce every time, and only
 *   scripts carrying it, or loaded by one that does ('strict-dynamic'), run;
 * - a content page served from the per-process cache (lib/server/page-cache.ts)
 *   is the same for everyone, so it lists the hash of each inline script it
 *   carries, and the service's own script files ('self'). It shows nothing
 *   anyone typed, so there is nothing to inject into it.
 */
const REST = [
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export function contentSecurityPolicy(nonce: string, development = false): string {
  // Development only: React's debugging tools evaluate code.
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    ...REST,
  ].join("; ");
}

/** For a cached page: its inline scripts by hash ('sha256-…'), the service's script files by origin. */
export function cachedPagePolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes.map((hash) => `'sha256-${hash}'`)].join(" "),
    ...REST,
  ].join("; ");
}
