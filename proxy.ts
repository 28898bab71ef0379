/**
 * Refuses oversized form posts to the referral journey with a plain 413 page,
 * before Next.js reads them (its own limit surfaces as a 500 to a browser
 * posting without JavaScript). A person typing never gets near the limit:
 * every field has a maximum length.
 */
import { NextResponse, type NextRequest } from "next/server";

export const MAX_FORM_BYTES = 64 * 1024;

const TOO_LARGE_PAGE = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Your answer is too long</title></head>
<body style="font-family: system-ui, sans-serif; font-size: 1.1875rem; line-height: 1.5; margin: 0 auto; max-width: 40em; padding: 20px;">
<p><a href="/exit" style="background:#d4351c;color:#fff;font-weight:700;padding:8px 14px;display:inline-block;">Exit this page</a></p>
<main><h1>Your answer is too long</h1>
<p>What you sent was much longer than any answer we can accept, so nothing was saved from this page.</p>
<p>Go back, shorten your answers, and try again.</p>
<p>If you are in danger now, call <a href="tel:999">999</a>.</p></main>
</body></html>`;

export function proxy(request: NextRequest) {
  if (request.method === "POST") {
    const length = Number(request.headers.get("content-length") ?? "0");
    if (length > MAX_FORM_BYTES) {
      return new NextResponse(TOO_LARGE_PAGE, {
        status: 413,
        headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", connection: "close" },
      });
    }
  }
  return NextResponse.next();
}

export const config = { matcher: ["/ask", "/ask/:path*"] };
