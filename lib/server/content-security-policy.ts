/**
 * The Content Security Policy of the service's pages. Nothing is loaded from
 * other sites (the privacy notice promises it). Scripts run only with this
 * request's nonce, or when loaded by a script that has it ('strict-dynamic').
 * Styles keep 'unsafe-inline': React writes style attributes, which a nonce
 * cannot cover, and a style cannot run code.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    // Development only: React's debugging tools evaluate code.
    `script-src 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
