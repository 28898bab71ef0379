/**
 * A client's bad request is the client's fault: answered 4xx with the
 * service's plain page and one quiet log line, never a 500 and an error-level
 * line with a stack (which anyone could use to fill the error log and raise
 * false alarms). Checked by the HTTP server before Next.js sees the request.
 */
import { IncomingMessage } from "node:http";
import type { ProblemKind } from "@/lib/content/problems";

/** The only methods any page or route of the service answers. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST"] as const;

/** Why a request's line is refused before anything else, or null: an unknown method, or an address that cannot be decoded. */
export function requestLineProblem(method: string | undefined, url: string | undefined): ProblemKind | null {
  if (!(ALLOWED_METHODS as readonly string[]).includes((method ?? "GET").toUpperCase())) return "method-not-allowed";
  const path = (url ?? "/").split("?")[0]!;
  try {
    decodeURIComponent(path);
  } catch {
    return "bad-request";
  }
  return null;
}

/** Whether a POST body must be read and checked before Next.js parses it (its own parser fails with a 500). */
export function needsBodyCheck(method: string | undefined, contentType: string | undefined): boolean {
  return (method ?? "").toUpperCase() === "POST" && /^multipart\/form-data\b/i.test(contentType ?? "");
}

/** Whether a multipart body is well formed: parsed by the runtime's own Fetch implementation (undici). */
export async function isWellFormedMultipart(body: Buffer, contentType: string): Promise<boolean> {
  try {
    await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
    return true;
  } catch {
    return false;
  }
}

/** Reads a body already known to be small (its length was checked against the limit). */
export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.once("end", () => resolve(Buffer.concat(chunks)));
    req.once("error", reject);
  });
}

/**
 * The same request with its body already read, for Next.js to read again:
 * a new IncomingMessage on the same connection, the same line and headers.
 */
export function replayRequest(req: IncomingMessage, body: Buffer): IncomingMessage {
  const replay = new IncomingMessage(req.socket);
  replay.method = req.method;
  replay.url = req.url;
  replay.headers = req.headers;
  replay.rawHeaders = req.rawHeaders;
  replay.httpVersion = req.httpVersion;
  replay.httpVersionMajor = req.httpVersionMajor;
  replay.httpVersionMinor = req.httpVersionMinor;
  replay.push(body);
  replay.push(null);
  replay.complete = true;
  return replay;
}
