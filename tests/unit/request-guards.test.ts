import { pathForLog } from "@/lib/server/http-server";
import type { IncomingMessage } from "node:http";
import { clientAddressOf, normaliseAddress } from "@/lib/server/client-address";
import { CLIENT_ADDRESS_HEADER, isForeignOrigin, refusalFor, trustRequestHeaders } from "@/lib/server/request-guards";

/** A request as the server sees it: headers (Node joins repeated X-Forwarded-For lines into one) and the connection's address. */
const request = (headers: Record<string, string | string[] | undefined>, remoteAddress: string) =>
  ({ headers, socket: { remoteAddress } }) as unknown as Pick<IncomingMessage, "headers" | "socket">;
const clientAddressFrom = (socket: string, forwardedFor: string | undefined, trustedProxies: number) =>
  clientAddressOf(request({ "x-forwarded-for": forwardedFor }, socket), trustedProxies);

describe("the client's address", () => {
  it("is the connection's own when no proxy is trusted, whatever the headers claim", () => {
    expect(clientAddressFrom("203.0.113.9", "198.51.100.1", 0)).toBe("203.0.113.9");
    expect(clientAddressFrom("::ffff:203.0.113.9", undefined, 0)).toBe("203.0.113.9");
  });

  it("is the address the nearest trusted proxy saw, however many entries a client adds in front", () => {
    // Client forged "1.1.1.1"; the proxy (10.0.0.2) appended the real peer 203.0.113.9.
    expect(clientAddressFrom("10.0.0.2", "1.1.1.1, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddressFrom("10.0.0.2", "1.1.1.1, 2.2.2.2, 203.0.113.9", 1)).toBe("203.0.113.9");
    // Two proxies: CDN then load balancer.
    expect(clientAddressFrom("10.0.0.3", "1.1.1.1, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("does not let a request that skipped the proxy choose its address", () => {
    expect(clientAddressFrom("203.0.113.9", undefined, 1)).toBe("203.0.113.9");
    expect(clientAddressFrom("203.0.113.9", "not-an-address", 1)).toBe("203.0.113.9");
  });

  it("is written one way: no IPv4-mapped prefix, port or brackets", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("203.0.113.9:4431")).toBe("203.0.113.9");
    expect(normaliseAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("unknown")).toBeNull();
  });
});

describe("the headers Next.js and the app see", () => {
  it("hold only what the server worked out, whatever the client sent", () => {
    const headers: Record<string, string | string[] | undefined> = {
      host: "refer.example.org",
      "x-forwarded-for": "1.1.1.1",
      "x-forwarded-host": "evil.example",
      "x-real-ip": "2.2.2.2",
      [CLIENT_ADDRESS_HEADER]: "3.3.3.3",
    };
    const trusted = trustRequestHeaders(request(headers, "203.0.113.9"), 0);
    expect(trusted).toEqual({ clientAddress: "203.0.113.9", host: "refer.example.org", proto: "http" });
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.9");
    expect(headers["x-forwarded-for"]).toBe("203.0.113.9");
    expect(headers["x-forwarded-host"]).toBe("refer.example.org");
    expect(headers["x-real-ip"]).toBeUndefined();
  });

  it("take host and scheme from a trusted proxy only", () => {
    const headers = {
      host: "10.0.0.5:3000",
      "x-forwarded-host": "refer.example.org",
      "x-forwarded-proto": "https",
      "x-forwarded-for": "203.0.113.9",
    };
    expect(trustRequestHeaders(request({ ...headers }, "10.0.0.2"), 1)).toEqual({
      clientAddress: "203.0.113.9",
      host: "refer.example.org",
      proto: "https",
    });
    expect(trustRequestHeaders(request({ ...headers }, "10.0.0.2"), 0)).toEqual({
      clientAddress: "10.0.0.2",
      host: "10.0.0.5:3000",
      proto: "http",
    });
  });
});

describe("requests refused before their body is read", () => {
  const host = "refer.example.org";
  const form = { origin: "https://refer.example.org", "content-length": "120" };

  it("lets pages and our own small forms through", () => {
    expect(refusalFor("GET", { origin: "https://evil.example" }, host, 65536)).toBeNull();
    expect(refusalFor("POST", form, host, 65536)).toBeNull();
    expect(refusalFor("POST", { "content-length": "0" }, host, 65536)).toBeNull();
  });

  it("refuses a form sent from another site", () => {
    expect(refusalFor("POST", { ...form, origin: "https://evil.example" }, host, 65536)).toBe("forbidden");
    expect(refusalFor("POST", { ...form, origin: "null" }, host, 65536)).toBe("forbidden");
    expect(refusalFor("POST", { "content-length": "1", "sec-fetch-site": "cross-site" }, host, 65536)).toBe(
      "forbidden",
    );
    expect(isForeignOrigin({ origin: "https://REFER.example.org" }, host)).toBe(false);
  });

  it("on a service served over HTTPS, refuses a form from an http:// page of the same host", () => {
    expect(refusalFor("POST", { ...form, origin: "http://refer.example.org" }, host, 65536, true)).toBe("forbidden");
    expect(refusalFor("POST", form, host, 65536, true)).toBeNull();
    expect(refusalFor("POST", { ...form, origin: "http://refer.example.org" }, host, 65536, false)).toBeNull();
  });

  it("refuses bodies that are too large, sent in chunks, or of a nonsense length", () => {
    expect(refusalFor("POST", { ...form, "content-length": "65537" }, host, 65536)).toBe("too-large");
    expect(refusalFor("POST", { origin: form.origin, "transfer-encoding": "chunked" }, host, 65536)).toBe(
      "length-required",
    );
    expect(refusalFor("POST", { ...form, "content-length": "12, 12" }, host, 65536)).toBe("bad-request");
  });
});

describe("a client's bad request line", () => {
  it("refuses methods the service never answers, and addresses that cannot be decoded", async () => {
    const { requestLineProblem } = await import("@/lib/server/bad-requests");
    expect(requestLineProblem("GET", "/ask?x=%zz")).toBeNull(); // the query is Next.js's to read
    expect(requestLineProblem("POST", "/ask")).toBeNull();
    expect(requestLineProblem("TRACE", "/")).toBe("method-not-allowed");
    expect(requestLineProblem("PUT", "/ask")).toBe("method-not-allowed");
    expect(requestLineProblem("GET", "/ask/%E0%A4%A")).toBe("bad-request");
  });

  it("tells a well-formed multipart form from a broken one", async () => {
    const { isWellFormedMultipart } = await import("@/lib/server/bad-requests");
    const good = Buffer.from('--xyz\r\nContent-Disposition: form-data; name="consent"\r\n\r\nyes\r\n--xyz--\r\n');
    expect(await isWellFormedMultipart(good, "multipart/form-data; boundary=xyz")).toBe(true);
    expect(
      await isWellFormedMultipart(
        Buffer.from('--xyz\r\nContent-Disposition: form-data; name="consent"\r\n\r\nbroken'),
        "multipart/form-data; boundary=xyz",
      ),
    ).toBe(false);
    expect(await isWellFormedMultipart(good, "multipart/form-data")).toBe(false);
  });
});

describe("the path written to the log", () => {
  it("never holds a one-time link's token, nor a query", () => {
    expect(pathForLog("/survey/link/4sNcre7AiaJYTZUjZcF-m1sYj_9CjpFb6DdnupetF2I")).toBe("/survey/link/[token]");
    expect(pathForLog("/manage/link/abcDEF123_-xyz?x=1")).toBe("/manage/link/[token]");
    expect(pathForLog("/staff/setup/abcDEF123_-xyz")).toBe("/staff/setup/[token]");
    expect(pathForLog("/ask/about-you?fullName=Someone")).toBe("/ask/about-you");
    expect(pathForLog(`/${"a".repeat(300)}`)).toHaveLength(100);
  });
});
