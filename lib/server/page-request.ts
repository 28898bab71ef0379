/**
 * Whether the browser will show an answer as a whole page (a document), told
 * by standard headers only: a page is asked for as HTML (Accept), and a
 * browser that says what it fetches says "document" (Sec-Fetch-Dest). Next.js's
 * own requests for page data and server actions ask for other types, so they
 * are never taken for a page (and never cached or replaced).
 */
import type { IncomingMessage } from "node:http";

export function wantsWholePage(req: Pick<IncomingMessage, "headers">): boolean {
  const dest = req.headers["sec-fetch-dest"];
  if (dest !== undefined && dest !== "document") return false;
  return /\btext\/html\b/i.test(String(req.headers.accept ?? ""));
}
