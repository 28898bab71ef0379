import http, { type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { isEmptyErrorShell, replaceBareServerErrors } from "@/lib/server/server-error-pages";

/** The start of what Next.js 16 answers when notFound() is called while a page renders (trimmed). */
const SHELL =
  '<!DOCTYPE html><html id="__next_error__"><head><meta charSet="utf-8"/><script src="/_next/static/chunks/a.js" async=""></script></head><body><div hidden=""></div><script>self.__next_f.push([0])</script></body></html>';
const REAL_404 = `<!DOCTYPE html><html lang="en-GB"><head><title>Page not found</title></head><body><main><h1>Page not found</h1>${"<p>words</p>".repeat(400)}</main></body></html>`;

type Answer = (res: ServerResponse) => void;

/** A real server whose "Next.js" is `answer`, behind the swap, as the HTTP server wires it. */
async function serve(answer: Answer): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    // As the HTTP server does, before Next.js runs.
    res.setHeader("x-frame-options", "DENY");
    replaceBareServerErrors(
      req,
      res,
      (kind, frame) => `<!doctype html><p>plain page: ${kind} (${frame})</p>`,
      "default-src 'none'",
    );
    answer(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A browser's request for a page, without following redirects or undoing compression. */
function getPage(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(
        url,
        { headers: { accept: "text/html", "sec-fetch-dest": "document", "accept-encoding": "gzip" } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        },
      )
      .on("error", reject);
  });
}

/** Writes `body` as Next.js does: headers set, then the compressed body in a few pieces. */
const writeCompressed =
  (status: number, body: string): Answer =>
  (res) => {
    res.statusCode = status;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("content-encoding", "gzip");
    const compressed = gzipSync(body);
    const third = Math.floor(compressed.length / 3);
    res.write(compressed.subarray(0, third));
    res.write(compressed.subarray(third, 2 * third), () => res.end(compressed.subarray(2 * third)));
  };

describe("Next.js's empty answers swapped for plain pages", () => {
  it("tells the empty error shell from a page, compressed or not", () => {
    expect(isEmptyErrorShell(Buffer.from(SHELL), undefined)).toBe(true);
    expect(isEmptyErrorShell(gzipSync(SHELL), "gzip")).toBe(true);
    expect(isEmptyErrorShell(gzipSync(REAL_404), "gzip")).toBe(false);
    expect(isEmptyErrorShell(Buffer.from("not gzip"), "gzip")).toBe(false);
  });

  it("answers a 404 that is the empty shell with the plain 'Page not found', still a 404", async () => {
    const server = await serve(writeCompressed(404, SHELL));
    try {
      const answer = await getPage(server.url);
      expect(answer.status).toBe(404);
      expect(answer.headers["content-encoding"]).toBeUndefined();
      expect(answer.headers["content-security-policy"]).toBe("default-src 'none'");
      expect(answer.headers["x-frame-options"]).toBe("DENY");
      expect(answer.body.toString()).toBe("<!doctype html><p>plain page: not-found (public)</p>");
    } finally {
      await server.close();
    }
  });

  it("gives the staff workspace its own plain page for its empty 404 and 403, and the public one for a 5xx", async () => {
    const missing = await serve(writeCompressed(404, SHELL));
    const refused = await serve(writeCompressed(403, SHELL));
    const failing = await serve(writeCompressed(500, SHELL));
    try {
      const referral = "/staff/referrals/00000000-0000-4000-8000-000000000000";
      expect((await getPage(`${missing.url}${referral}`)).body.toString()).toContain("not-found (workspace)");
      expect((await getPage(`${missing.url}/staff`)).body.toString()).toContain("not-found (workspace)");
      expect((await getPage(`${missing.url}/staffing`)).body.toString()).toContain("not-found (public)");
      expect((await getPage(`${refused.url}${referral}`)).body.toString()).toContain("not-allowed (workspace)");
      expect((await getPage(`${failing.url}${referral}`)).body.toString()).toContain("error (public)");
    } finally {
      await Promise.all([missing.close(), refused.close(), failing.close()]);
    }
  });

  it("sends a 404 that is a real page on byte for byte, with its own headers", async () => {
    const server = await serve((res) => {
      res.setHeader("x-from-next", "yes");
      writeCompressed(404, REAL_404)(res);
    });
    try {
      const answer = await getPage(server.url);
      expect(answer.status).toBe(404);
      expect(answer.headers["x-from-next"]).toBe("yes");
      expect(answer.body.equals(gzipSync(REAL_404))).toBe(true);
    } finally {
      await server.close();
    }
  });

  it("sends a 404 too long to be a 404 page on as it comes, whole", async () => {
    const long = `<html><body>${"x".repeat(700 * 1024)}</body></html>`;
    const server = await serve((res) => {
      res.writeHead(404, { "content-type": "text/html" });
      res.write(long.slice(0, 600 * 1024));
      res.end(long.slice(600 * 1024));
    });
    try {
      const answer = await getPage(server.url);
      expect(answer.status).toBe(404);
      expect(answer.body.toString()).toBe(long);
    } finally {
      await server.close();
    }
  });

  it("still swaps a 500 and leaves a 200 alone", async () => {
    const failing = await serve((res) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end("Internal Server Error");
    });
    const fine = await serve(writeCompressed(200, SHELL));
    try {
      expect((await getPage(failing.url)).body.toString()).toBe("<!doctype html><p>plain page: error (public)</p>");
      expect((await getPage(fine.url)).body.equals(gzipSync(SHELL))).toBe(true);
    } finally {
      await failing.close();
      await fine.close();
    }
  });
});
