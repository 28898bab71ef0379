/**
 * Which address a request really came from, and which host and scheme it was
 * sent to, trusting forwarded headers only as far as TRUSTED_PROXIES says.
 *
 * The address is proxy-addr's (as Express works it out): with N trusted
 * proxies, the client is the address N hops back from the connection's own;
 * with none, it is the connection's own and every forwarded header is ignored.
 * A client can add entries to the left of X-Forwarded-For, never move that
 * position.
 */
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import proxyAddr from "proxy-addr";

/** "::ffff:127.0.0.1" is 127.0.0.1; a port or brackets some proxies add are dropped. Null if not an IP. */
export function normaliseAddress(raw: string | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  if (value.toLowerCase().startsWith("::ffff:") && isIP(value.slice(7)) === 4) value = value.slice(7);
  return isIP(value) ? value.toLowerCase() : null;
}

/** The client's address: N hops back from the connection's (proxy-addr), or the connection's own if that is not an address. */
export function clientAddressOf(req: Pick<IncomingMessage, "headers" | "socket">, trustedProxies: number): string {
  const socket = normaliseAddress(req.socket.remoteAddress) ?? "unknown";
  if (trustedProxies === 0) return socket;
  // proxy-addr reads the deprecated req.connection, which is the socket.
  const hops = proxyAddr(
    { headers: req.headers, connection: req.socket } as IncomingMessage,
    (_address, hop) => hop < trustedProxies,
  );
  return normaliseAddress(hops) ?? socket;
}

/** The value the nearest trusted proxy set for X-Forwarded-Host or -Proto, or undefined. */
export function forwardedValue(header: string | string[] | undefined, trustedProxies: number): string | undefined {
  if (trustedProxies === 0) return undefined;
  const values = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return values[values.length - 1];
}
