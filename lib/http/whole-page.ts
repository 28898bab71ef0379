/**
 * Whether the browser will show an answer as a whole page (a document), told
 * by standard headers only: a page is asked for as HTML (Accept), and a
 * browser that says what it fetches says "document" (Sec-Fetch-Dest). Next.js's
 * own requests for page data and server actions (made with JavaScript) ask for
 * other types, so they are never taken for a page: never cached or replaced by
 * the server, and never titled as a form's answer (form-answer.ts).
 */
type HeaderValue = string | string[] | undefined | null;

export function wantsWholePage(header: (name: string) => HeaderValue): boolean {
  const dest = header("sec-fetch-dest");
  if (dest !== undefined && dest !== null && dest !== "document") return false;
  return /\btext\/html\b/i.test(String(header("accept") ?? ""));
}
