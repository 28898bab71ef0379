/**
 * The web process's HTTP server, in front of Next.js's request handler. It is
 * the only code that sees the connection itself, so it decides:
 * - who the client is (TRUSTED_PROXIES, by proxy-addr) and strips forwarded headers it must not believe;
 * - refusals before a body is read (another site's form, too large, no length,
 *   an unknown method, a malformed form), each answered with a plain page and one quiet log line;
 * - the security headers of every response (security-headers.ts), and the
 *   Content Security Policy of each page Next.js draws, with a new nonce;
 * - content pages from memory (page-cache.ts).
 * Readiness and the stop on SIGTERM are @godaddy/terminus's (scripts/serve.ts).
 */
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { ProblemKind } from "@/lib/content/problems";
import { log } from "@/lib/log";
import { PROBLEM_PAGE_CSP, renderProblemPage, type ProviderContactSettings } from "./problem-page";
import { isAdminAddressWithOtherMethod, refusalFor, trustRequestHeaders } from "./request-guards";
import { replaceBareServerErrors } from "./server-error-pages";
import { isCacheable, type PageCache } from "./page-cache";
import {
  ALLOWED_METHODS,
  isWellFormedMultipart,
  needsBodyCheck,
  readBody,
  replayRequest,
  requestLineProblem,
} from "./bad-requests";
import { securityHeaders } from "./security-headers";
import { contentSecurityPolicy } from "./content-security-policy";

export type HttpServerOptions = {
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  trustedProxies: number;
  https: boolean;
  maxBodyBytes: number;
  /** How long an idle connection is kept for the client's next request (longer than a load balancer keeps it). */
  keepAliveTimeoutSeconds: number;
  /** How long a client has to send a request's headers. */
  headersTimeoutSeconds: number;
  /** Content pages kept in memory (lib/server/page-cache.ts). */
  pageCache?: PageCache;
  provider: ProviderContactSettings;
  /** Development: the policy lets React's debugging tools evaluate code. */
  development?: boolean;
};

/**
 * A new nonce for each request Next.js answers. Next.js reads it from the
 * request's own policy header and puts it on every script it writes into the
 * page, so only those run. Set here, not in a Next.js proxy (middleware),
 * which would cost every dynamic request a second pass through the framework
 * (issue 24); any policy the client sent is replaced.
 */
const BUILD_FILE = /^\/_next\/static\/(?:[A-Za-z0-9_~-]+\/)*[A-Za-z0-9_~-]+(?:\.[A-Za-z0-9_~-]+)+$/;

function withPagePolicy(req: IncomingMessage, res: ServerResponse, development: boolean): void {
  // The build's own files are not documents: no policy (it would only add bytes to each script).
  // Only a plain file address: one with dots or escapes in it could be made to reach a page.
  if (BUILD_FILE.test(req.url ?? "")) return;
  const policy = contentSecurityPolicy(Buffer.from(crypto.randomUUID()).toString("base64"), development);
  req.headers["content-security-policy"] = policy;
  res.setHeader("content-security-policy", policy);
}

export type RunningHttpServer = {
  server: http.Server;
  inFlight(): number;
  /** From now on every answer, and those still being worked on, closes its connection. */
  closeConnectionsAfterAnswers(): void;
};

/** Every form on the site is far smaller; a person typing never gets near this. */
export const MAX_BODY_BYTES = 64 * 1024;

/** A refused body up to this size is read and dropped, so the browser gets to show the answer. */
const DRAIN_LIMIT_BYTES = 1024 * 1024;

/** The headers of the server's own plain pages (they run no script, so they have their own policy). */
const plainPageHeaders = (length: number) => ({
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
  "content-security-policy": PROBLEM_PAGE_CSP,
  "content-length": length,
});

export function sendProblem(
  res: ServerResponse,
  kind: ProblemKind,
  provider: ProviderContactSettings,
  method?: string,
): void {
  const { status, html } = renderProblemPage(kind, provider);
  res.writeHead(status, plainPageHeaders(Buffer.byteLength(html)));
  res.end(method === "HEAD" ? undefined : html);
}

/**
 * The path for a log line: no query (it could hold anything), no one-time token (the emailed links
 * to "Manage your request" and the survey, a new account's setup link), and never long.
 */
export const pathForLog = (url: string | undefined) =>
  (url ?? "")
    .split("?")[0]!
    .replace(/^\/(manage\/link|survey\/link|staff\/setup)\/[^/]+/, "/$1/[token]")
    .slice(0, 100);

export function createHttpServer(options: HttpServerOptions): RunningHttpServer {
  const inFlight = new Set<ServerResponse>();
  let closingConnections = false;
  const headers = securityHeaders(options.https);

  const onRequest = async (req: IncomingMessage, res: ServerResponse) => {
    inFlight.add(res);
    res.once("close", () => inFlight.delete(res));
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (closingConnections) res.setHeader("connection", "close");

    const path = pathForLog(req.url);
    if (path === "/healthz") {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      return res.end(req.method === "HEAD" ? undefined : JSON.stringify({ alive: true }));
    }

    // An unknown method (TRACE, CONNECT…) or an address that cannot be decoded: the client's fault.
    const lineProblem = isAdminAddressWithOtherMethod(req.method, path)
      ? null
      : requestLineProblem(req.method, req.url);
    if (lineProblem) {
      log.info(
        { method: String(req.method).slice(0, 20), path, refusal: lineProblem },
        "request refused before reading it",
      );
      if (lineProblem === "method-not-allowed") res.setHeader("allow", ALLOWED_METHODS.join(", "));
      res.setHeader("connection", "close");
      return discardBodyThen(req, () => sendProblem(res, lineProblem, options.provider, req.method));
    }

    if (isAdminAddressWithOtherMethod(req.method, path)) {
      return discardBodyThen(req, () => {
        res.writeHead(404, {
          "content-type": "text/plain; charset=utf-8",
          "cache-control": "no-store",
          "content-length": 14,
        });
        res.end(req.method === "HEAD" ? undefined : "Page not found");
      });
    }

    const trusted = trustRequestHeaders(req, options.trustedProxies);
    const refusal = refusalFor(req.method, req.headers, trusted.host, options.maxBodyBytes, options.https);
    if (refusal) {
      log.info({ method: req.method, path, refusal }, "request refused before reading it");
      res.setHeader("connection", "close");
      return discardBodyThen(req, () => sendProblem(res, refusal, options.provider, req.method));
    }

    const cache = options.pageCache;
    if (cache && isCacheable(req, cache.paths)) {
      const page = await cache.pageFor(req);
      if (page) return cache.send(req, res, page);
    }
    // A form body is small (checked above): read and checked here, so a malformed one is a 400, not Next.js's 500.
    let forNext = req;
    if (needsBodyCheck(req.method, req.headers["content-type"])) {
      const body = await readBody(req).catch(() => null);
      if (!body || !(await isWellFormedMultipart(body, req.headers["content-type"]!))) {
        log.info({ method: req.method, path, refusal: "bad-request" }, "malformed form refused");
        return sendProblem(res, "bad-request", options.provider, req.method);
      }
      forNext = replayRequest(req, body);
    }
    withPagePolicy(forNext, res, options.development ?? false);
    replaceBareServerErrors(
      forNext,
      res,
      (kind, frame) => renderProblemPage(kind, options.provider, frame).html,
      PROBLEM_PAGE_CSP,
    );
    try {
      await options.handle(forNext, res);
    } catch {
      // Next.js logs its own failures; here there is only a page left to send.
      if (!res.headersSent) sendProblem(res, "error", options.provider, req.method);
      else res.destroy();
    }
  };

  const server = http.createServer((req, res) => void onRequest(req, res));
  // Node.js answers a request it cannot parse (headers over its limit, a broken request line) by
  // itself, bare; here with the plain page, and one quiet line: the client's fault, not ours.
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || !String(error.code ?? "").startsWith("HPE_")) {
      socket.destroy();
      return;
    }
    const kind: ProblemKind = error.code === "HPE_HEADER_OVERFLOW" ? "headers-too-large" : "bad-request";
    log.info({ refusal: kind, code: error.code }, "request refused before reading it");
    const { status, html } = renderProblemPage(kind, options.provider);
    const reason = kind === "headers-too-large" ? "Request Header Fields Too Large" : "Bad Request";
    const lines = Object.entries({ ...plainPageHeaders(Buffer.byteLength(html)), connection: "close" }).map(
      ([name, value]) => `${name}: ${value}\r\n`,
    );
    socket.end(`HTTP/1.1 ${status} ${reason}\r\n${lines.join("")}\r\n${html}`);
  });
  // Idle connections outlive a load balancer's (or it would send a request down one we just closed: a 502).
  server.keepAliveTimeout = options.keepAliveTimeoutSeconds * 1000;
  // A client that sends its headers or body slowly cannot hold a connection for long.
  server.headersTimeout = options.headersTimeoutSeconds * 1000;
  server.requestTimeout = (options.headersTimeoutSeconds + 30) * 1000;

  return {
    server,
    inFlight: () => inFlight.size,
    closeConnectionsAfterAnswers() {
      closingConnections = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
    },
  };
}

/**
 * A client still sending its body when the connection closes shows "connection
 * reset", not our page. So a refused body is read and thrown away first, up to
 * DRAIN_LIMIT_BYTES; past that (or sent by nobody), the answer goes at once.
 */
function discardBodyThen(req: IncomingMessage, answer: () => void): void {
  const declared = req.headers["content-length"];
  const hasBody = req.headers["transfer-encoding"] !== undefined || (declared !== undefined && declared !== "0");
  if (!hasBody || Number(declared) > DRAIN_LIMIT_BYTES) return answer();
  let read = 0;
  let answered = false;
  const once = () => {
    if (!answered) {
      answered = true;
      answer();
    }
  };
  req.on("data", (chunk: Buffer) => {
    read += chunk.length;
    if (read > DRAIN_LIMIT_BYTES) {
      once();
      req.destroy();
    }
  });
  req.once("end", once);
  req.once("error", once);
}
