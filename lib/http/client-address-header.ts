/** The header the app reads the client's address from; the HTTP server replaces anything a client sends under this name. */
export const CLIENT_ADDRESS_HEADER = "x-rj-client-address";
