/**
 * Which address a request really came from, and which host and scheme it was
 * sent to, trusting forwarded headers only as far as TRUSTED_PROXIES says.
 *
 * Each proxy appends the address it was connected from to X-Forwarded-For, so
 * the entries on the right were written by our proxies and anything further
 * left is whatever the client claimed. With N trusted proxies, the client is
 * the address N hops back from the connection's own; with none, it is the
 * connection's own and every forwarded header is ignored. A client can add
 * entries to the left, never move that position.
 */
import { isIP } from "node:net";

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

function listOf(header: string | string[] | undefined): string[] {
  const joined = Array.isArray(header) ? header.join(",") : (header ?? "");
  return joined.split(",").map((part) => part.trim()).filter(Boolean);
}

export function clientAddressFrom(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string {
  const socket = normaliseAddress(socketAddress) ?? "unknown";
  if (trustedProxies === 0) return socket;
  const chain = [...listOf(forwardedFor), socket];
  // Fewer entries than proxies: the request skipped a proxy, so believe only the furthest one.
  const claimed = chain[Math.max(0, chain.length - 1 - trustedProxies)];
  return normaliseAddress(claimed) ?? socket;
}

/** The value the nearest trusted proxy set for X-Forwarded-Host or -Proto, or undefined. */
export function forwardedValue(header: string | string[] | undefined, trustedProxies: number): string | undefined {
  if (trustedProxies === 0) return undefined;
  const values = listOf(header);
  return values[values.length - 1];
}
