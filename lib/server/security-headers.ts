/**
 * Every security header the service sends, in one place. The HTTP server sets
 * these on every response before anything else writes to it (pages, routes,
 * static files and its own plain pages alike). The Content Security Policy is
 * the one header that differs by page: the HTTP server makes it with a nonce per
 * request (content-security-policy.ts), a cached content page names its
 * scripts by hash, and the plain problem pages run no script at all.
 */

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  // Other sites (the exit destination, help lines) are never told where the visitor
  // came from. Not "no-referrer": with it, browsers send "Origin: null" on form
  // posts, and Next.js rightly refuses such server action requests.
  "referrer-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
};

/** Only on HTTPS (APP_URL): the browser must never use plain HTTP here again, and no other window may hold this one. */
const HTTPS_HEADERS: Readonly<Record<string, string>> = {
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "cross-origin-opener-policy": "same-origin",
};

export function securityHeaders(https: boolean): Record<string, string> {
  return https ? { ...SECURITY_HEADERS, ...HTTPS_HEADERS } : { ...SECURITY_HEADERS };
}
