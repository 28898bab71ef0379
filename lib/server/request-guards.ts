/**
 * Checks the HTTP server makes on every request before Next.js reads it:
 * which client sent it, and whether a request that changes something may be
 * read at all. Pure functions of the request's headers, so they are unit-tested.
 */
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import type { ProblemKind } from "@/lib/content/problems";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address-header";
import { clientAddressOf, forwardedValue } from "./client-address";

export { CLIENT_ADDRESS_HEADER };

const FORWARDED_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
  CLIENT_ADDRESS_HEADER,
];

export type TrustedRequest = { clientAddress: string; host: string | undefined; proto: "http" | "https" };

/**
 * Works out the client, host and scheme (believing forwarded headers only from
 * trusted proxies), then rewrites the headers so that everything after this,
 * Next.js included, sees only those values.
 */
export function trustRequestHeaders(
  req: Pick<IncomingMessage, "headers" | "socket">,
  trustedProxies: number,
): TrustedRequest {
  const headers = req.headers;
  const clientAddress = clientAddressOf(req, trustedProxies);
  const forwardedHost = forwardedValue(headers["x-forwarded-host"], trustedProxies);
  const forwardedProto = forwardedValue(headers["x-forwarded-proto"], trustedProxies);
  const host = forwardedHost ?? headers.host;
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted;
  const proto = forwardedProto === "https" || (!forwardedProto && encrypted) ? "https" : "http";
  for (const name of FORWARDED_HEADERS) delete headers[name];
  headers[CLIENT_ADDRESS_HEADER] = clientAddress;
  // Next.js fills these in only when missing, and would otherwise keep a client's own.
  headers["x-forwarded-for"] = clientAddress;
  if (host) headers["x-forwarded-host"] = host;
  headers["x-forwarded-proto"] = proto;
  return { clientAddress, host, proto };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether the browser says this request was sent from a page of another site.
 * On a service served over HTTPS, an http:// page of the same host is another
 * site too (anyone on the network could have written it).
 */
export function isForeignOrigin(headers: IncomingHttpHeaders, host: string | undefined, httpsOnly = false): boolean {
  const origin = headers.origin;
  if (origin) {
    if (origin === "null" || !host) return true;
    try {
      const url = new URL(origin);
      if (httpsOnly && url.protocol !== "https:") return true;
      return url.host.toLowerCase() !== host.toLowerCase();
    } catch {
      return true;
    }
  }
  // Browsers that send no Origin still say where a request came from here.
  return headers["sec-fetch-site"] === "cross-site";
}

/**
 * Why a request that changes something must be refused before its body is
 * read, or null to let it through. Every form on this site is small, and
 * browsers always say how long a form is; a body without a length (sent in
 * chunks) is refused rather than read without end.
 */
export function refusalFor(
  method: string | undefined,
  headers: IncomingHttpHeaders,
  host: string | undefined,
  maxBodyBytes: number,
  httpsOnly = false,
): ProblemKind | null {
  if (SAFE_METHODS.has((method ?? "GET").toUpperCase())) return null;
  if (isForeignOrigin(headers, host, httpsOnly)) return "forbidden";
  const length = headers["content-length"];
  if (length === undefined) return headers["transfer-encoding"] ? "length-required" : null;
  if (!/^\d+$/.test(length)) return "bad-request";
  return Number(length) > maxBodyBytes ? "too-large" : null;
}

/** The only methods the administration pages and routes answer: their forms are GETs and POSTs. */
const ADMIN_METHODS = new Set(["GET", "HEAD", "POST"]);

/**
 * Any other method on an administration address (PUT, DELETE, OPTIONS…) gets
 * "page not found", as for an address that does not exist: never 405 or an
 * Allow header, which would say that something is there.
 */
export function isAdminAddressWithOtherMethod(method: string | undefined, path: string): boolean {
  return /^\/staff\/admin(\/|$)/.test(path) && !ADMIN_METHODS.has((method ?? "GET").toUpperCase());
}
