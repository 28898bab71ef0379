/**
 * The client's address for rate limits, sign-in throttling and the audit
 * trail: the one the HTTP server worked out (lib/server/client-address.ts,
 * TRUSTED_PROXIES). It replaces any value a client sends under that header,
 * so this is never a client's own claim.
 */
import "server-only";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "./client-address-header";

export class UnknownClientAddressError extends Error {
  constructor() {
    super("The client's address is unknown: the service must be started with `npm start` (scripts/serve.ts).");
    this.name = "UnknownClientAddressError";
  }
}

export async function clientAddress(): Promise<string> {
  const address = (await headers()).get(CLIENT_ADDRESS_HEADER);
  // Refuse rather than guess: a shared "unknown" would let one client's limits fall on everyone.
  if (!address) throw new UnknownClientAddressError();
  return address;
}
