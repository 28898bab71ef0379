/**
 * The web process's HTTP server, in front of Next.js's request handler. It is
 * the only code that sees the connection itself, so it decides:
 * - who the client is (TRUSTED_PROXIES) and strips forwarded headers it must not believe;
 * - GET /healthz (the process answers) and GET /readyz (database, migrations
 *   and queue up; 503 while starting or stopping), for load balancers;
 * - refusals before a body is read (another site's form, too large, no length),
 *   each answered with a plain page and one quiet log line;
 * - HSTS and COOP when the service is on HTTPS;
 * - a clean stop: not ready, no new connections, requests in flight finish.
 */
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import net, { type Socket } from "node:net";
import type { ProblemKind } from "@/lib/content/problems";
import { log } from "@/lib/log";
import { lifecycle, readiness } from "./lifecycle";
import { PROBLEM_PAGE_CSP, renderProblemPage, type ProviderContactSettings } from "./problem-page";
import { isAdminAddressWithOtherMethod, refusalFor, trustRequestHeaders } from "./request-guards";
import { replaceBareServerErrors } from "./server-error-pages";
import { isCacheable, type PageCache } from "./page-cache";
import { ALLOWED_METHODS, isWellFormedMultipart, needsBodyCheck, readBody, replayRequest, requestLineProblem } from "./bad-requests";

export type HttpServerOptions = {
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  trustedProxies: number;
  https: boolean;
  maxBodyBytes: number;
  graceSeconds: number;
  /** How long to keep answering (not ready, closing each connection after its answer) before refusing connections. */
  drainDelaySeconds: number;
  /** Content pages kept in memory after their first render (lib/server/page-cache.ts). */
  pageCache?: PageCache;
  provider: ProviderContactSettings;
};

export type RunningHttpServer = { server: http.Server; inFlight(): number; drain(): Promise<void> };

/** Every form on the site is far smaller; a person typing never gets near this. */
export const MAX_BODY_BYTES = 64 * 1024;

/** A refused body up to this size is read and dropped, so the browser gets to show the answer. */
const DRAIN_LIMIT_BYTES = 1024 * 1024;

export function sendProblem(res: ServerResponse, kind: ProblemKind, provider: ProviderContactSettings, method?: string): void {
  const { status, html } = renderProblemPage(kind, provider);
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy": PROBLEM_PAGE_CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "content-length": Buffer.byteLength(html),
  });
  res.end(method === "HEAD" ? undefined : html);
}

function sendText(res: ServerResponse, status: number, body: string, method?: string): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store", "content-length": Buffer.byteLength(body) });
  res.end(method === "HEAD" ? undefined : body);
}

/** The path for a log line: no query (it could hold anything), and never long. */
const pathForLog = (url: string | undefined) => (url ?? "").split("?")[0]!.slice(0, 100);

export function createHttpServer(options: HttpServerOptions): RunningHttpServer {
  const inFlight = new Set<ServerResponse>();
  /** Set once the server stops taking connections: each open one then closes after its next answer. */
  let refusingConnections = false;

  const onRequest = async (req: IncomingMessage, res: ServerResponse) => {
    inFlight.add(res);
    res.once("close", () => inFlight.delete(res));
    if (refusingConnections) res.setHeader("connection", "close");
    if (options.https) {
      res.setHeader("strict-transport-security", "max-age=31536000; includeSubDomains");
      res.setHeader("cross-origin-opener-policy", "same-origin");
    }

    const path = pathForLog(req.url);
    if (path === "/healthz") return sendText(res, 200, JSON.stringify({ alive: true }), req.method);
    if (path === "/readyz") {
      const report = await readiness().catch(() => ({ ready: false, checks: { service: "failing" as const } }));
      return sendText(res, report.ready ? 200 : 503, JSON.stringify(report), req.method);
    }

    // An unknown method (TRACE, CONNECT…) or an address that cannot be decoded: the client's fault.
    const lineProblem = isAdminAddressWithOtherMethod(req.method, path) ? null : requestLineProblem(req.method, req.url);
    if (lineProblem) {
      log.info({ method: String(req.method).slice(0, 20), path, refusal: lineProblem }, "request refused before reading it");
      if (lineProblem === "method-not-allowed") res.setHeader("allow", ALLOWED_METHODS.join(", "));
      res.setHeader("connection", "close");
      return discardBodyThen(req, () => sendProblem(res, lineProblem, options.provider, req.method));
    }

    if (isAdminAddressWithOtherMethod(req.method, path)) {
      return discardBodyThen(req, () => {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "content-length": 14 });
        res.end(req.method === "HEAD" ? undefined : "Page not found");
      });
    }

    const trusted = trustRequestHeaders(req.headers, req.socket as { remoteAddress?: string; encrypted?: boolean }, options.trustedProxies);
    const refusal = refusalFor(req.method, req.headers, trusted.host, options.maxBodyBytes, options.https);
    if (refusal) {
      log.info({ method: req.method, path, refusal }, "request refused before reading it");
      res.setHeader("connection", "close");
      return discardBodyThen(req, () => sendProblem(res, refusal, options.provider, req.method));
    }

    const cache = options.pageCache;
    if (cache && isCacheable(req, cache.paths)) {
      const page = cache.get(path);
      if (page) return cache.send(req, res, page);
      cache.capture(req, res);
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
    replaceBareServerErrors(forNext, res, (kind) => renderProblemPage(kind, options.provider).html, PROBLEM_PAGE_CSP);
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
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\ncontent-type: text/html; charset=utf-8\r\ncache-control: no-store\r\n` +
      `content-security-policy: ${PROBLEM_PAGE_CSP}\r\ncontent-length: ${Buffer.byteLength(html)}\r\nconnection: close\r\n\r\n${html}`,
    );
  });
  // A client that sends its headers or body slowly cannot hold a connection for minutes.
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  const connections = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    connections.add(socket);
    socket.once("close", () => connections.delete(socket));
  });

  return {
    server,
    inFlight: () => inFlight.size,
    /**
     * Not ready at once, but still answering as before for the drain delay (time
     * for a load balancer to notice and send nobody new). Then no new connection
     * is taken, each open one closes after its next answer, and requests in
     * flight get up to the grace period to finish.
     *
     * Connections are kept alive during the delay on purpose: a client reusing
     * its connection opens no new one, so none is left waiting in the kernel's
     * queue (and reset) when the server stops listening.
     */
    async drain() {
      lifecycle().phase = "stopping";
      if (options.drainDelaySeconds > 0) await delay(options.drainDelaySeconds * 1000);
      refusingConnections = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
      // net.Server's close, not http.Server's: that one also drops idle keep-alive
      // connections at once, and a request already on its way there would be reset.
      net.Server.prototype.close.call(server);
      const deadline = Date.now() + options.graceSeconds * 1000;
      while (connections.size > 0 && Date.now() < deadline) await delay(50);
      server.closeAllConnections();
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

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
