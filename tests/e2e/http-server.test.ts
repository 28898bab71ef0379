/**
 * The HTTP server in front of Next.js (lib/server/http-server.ts), tried on
 * the production build as an attacker and a load balancer would: health and
 * readiness, refusals before a body is read, forwarded headers, a database
 * outage, HTTPS headers and cookies, and a clean stop under a request in flight.
 */
import net from "node:net";
import { rmSync } from "node:fs";
import pg from "pg";
import { createTestDatabase, ADMIN_URL, type TestDatabase } from "../support/postgres";
import { startServer, waitForExit, type RunningServer } from "../support/server";
import { FormClient, heading, hiddenFields } from "../support/form-client";
import { tempFolder } from "../support/temp";
import { launchBrowser, newContext } from "../support/browser";
import { waitFor } from "../support/wait";

const REQUIRED = {
  PROVIDER_EMAIL: "provider@provider.example",
  MAIL_FROM: "Support service <no-reply@service.example>",
  LOG_LEVEL: "info",
  PROVIDER_PHONE: "0151 000 0000",
};

async function setConnections(database: TestDatabase, allowed: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    // The database name is made only of [a-z0-9_] by createTestDatabase.
    await client.query(`ALTER DATABASE "${database.name}" ALLOW_CONNECTIONS ${allowed ? "true" : "false"}`);
    if (!allowed)
      await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [database.name]);
  } finally {
    await client.end();
  }
}

/** A request written by hand (fetch will not send TRACE or oversized headers): its status, head and body. */
async function rawRequest(base: string, text: string): Promise<{ status: number; head: string; body: string }> {
  const { hostname, port } = new URL(base);
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.end(text));
    let received = "";
    socket.on("data", (chunk: Buffer) => (received += chunk.toString()));
    socket.once("close", () => resolve(received));
    socket.once("error", reject);
  });
  const [head = "", ...rest] = answer.split("\r\n\r\n");
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), head, body: rest.join("\r\n\r\n") };
}

function expectProblemPage(html: string, title: string) {
  expect(heading(html)).toBe(title);
  expect(html).toContain('href="/exit"');
  expect(html).toContain('href="tel:999"');
  expect(html).toContain("0151 000 0000");
  // Relay UK's prefix beside the provider's number, for deaf people and people who cannot speak on the phone.
  expect(html).toContain('<a href="tel:1800101510000000">18001 0151 000 0000</a>');
}

describe("the web server, on plain HTTP behind no proxy", () => {
  let database: TestDatabase;
  let server: RunningServer;
  let dataDir: string;

  beforeAll(async () => {
    database = await createTestDatabase("e2e_http");
    dataDir = tempFolder("http");
    server = await startServer({
      ...REQUIRED,
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      APP_URL: "http://127.0.0.1",
    });
  });

  afterAll(async () => {
    await server?.stop();
    await setConnections(database, true).catch(() => undefined);
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("gives each page drawn per request a nonce of its own, on every script, whatever policy the client sent", async () => {
    const noncesOf = async () => {
      const response = await fetch(`${server.url}/ask`, {
        headers: { accept: "text/html", "content-security-policy": "script-src 'nonce-chosen-by-the-client'" },
      });
      const policy = response.headers.get("content-security-policy") ?? "";
      const html = await response.text();
      return {
        policy: /script-src 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(policy)?.[1],
        scripts: [...html.matchAll(/<script\b[^>]*>/g)].map((tag) => /nonce="([^"]+)"/.exec(tag[0])?.[1]),
        firstScriptFile: /<script\b[^>]*src="(\/_next\/static\/[^"]+)"/.exec(html)?.[1],
      };
    };
    const first = await noncesOf();
    const second = await noncesOf();
    expect(first.policy).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    expect(first.policy).not.toBe(second.policy);
    expect(first.scripts.length).toBeGreaterThan(0);
    expect(new Set(first.scripts)).toEqual(new Set([first.policy]));
    // The build's script files are not documents: no policy on them.
    const file = await fetch(`${server.url}${first.firstScriptFile}`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-security-policy")).toBeNull();
    // An address that only looks like one of them keeps its policy, whatever Next.js makes of it.
    for (const path of ["/_next/static/..%2F..%2Fask", "/_next/static/%2e%2e/%2e%2e/ask", "/_next/static/chunks/"]) {
      const response = await fetch(`${server.url}${path}`, { headers: { accept: "text/html" } });
      expect([path, response.headers.get("content-security-policy")]).toEqual([
        path,
        expect.stringContaining("'nonce-"),
      ]);
    }
  });

  it("answers health and readiness checks", async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    // @godaddy/terminus's answer, with the service's own report in it.
    expect(await ready.json()).toEqual({
      status: "ok",
      ready: true,
      checks: { database: "ok", migrations: "ok", queue: "ok" },
    });
    // Liveness is the server's alone: it never needs the database.
    expect(await health.json()).toEqual({ alive: true });
    // Every answer carries the security headers, from one place (lib/server/security-headers.ts).
    for (const path of ["/", "/ask", "/healthz", "/favicon.ico", "/no-such-page"]) {
      const response = await fetch(`${server.url}${path}`, { headers: { accept: "text/html" } });
      expect([
        path,
        response.headers.get("x-content-type-options"),
        response.headers.get("x-frame-options"),
        response.headers.get("referrer-policy"),
      ]).toEqual([path, "nosniff", "DENY", "same-origin"]);
      expect(response.headers.get("permissions-policy")).toContain("camera=()");
      // Not on plain HTTP: HSTS only where APP_URL is https (the next block).
      expect(response.headers.get("strict-transport-security")).toBeNull();
    }
    // Idle connections are kept longer than a cloud load balancer keeps its own (60 s).
    expect((await fetch(`${server.url}/healthz`)).headers.get("keep-alive")).toBe("timeout=65");
  });

  it("refuses another site's form with 403, a plain page and one quiet log line", async () => {
    const before = server.output().length;
    const response = await fetch(`${server.url}/ask`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: "consent=yes",
    });
    expect(response.status).toBe(403);
    expectProblemPage(await response.text(), "Sorry, we could not accept that form");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const lines = server.output().slice(before).trim().split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30, refusal: "forbidden", path: "/ask" });
  });

  it("refuses bodies that are too large or sent in chunks, before reading them", async () => {
    const large = await fetch(`${server.url}/ask/about-you`, {
      method: "POST",
      headers: { origin: server.url, "content-type": "application/x-www-form-urlencoded" },
      body: "fullName=" + "a".repeat(70_000),
    });
    expect(large.status).toBe(413);
    expectProblemPage(await large.text(), "Your answer is too long");

    async function* chunks() {
      yield new TextEncoder().encode("consent=");
      yield new TextEncoder().encode("yes");
    }
    const chunked = await fetch(`${server.url}/ask`, {
      method: "POST",
      headers: { origin: server.url, "content-type": "application/x-www-form-urlencoded" },
      body: chunks() as unknown as BodyInit,
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(411);
    expectProblemPage(await chunked.text(), "Sorry, we could not read what was sent");
  });

  /** The log lines written while `act` runs: a client's bad request is one info line, never an error. */
  async function logLinesOf(act: () => Promise<void>): Promise<Array<Record<string, unknown>>> {
    // A line from the test before may still be on its way through the pipe: only lines logged from now count.
    const since = Date.now();
    const before = server.output().length;
    await act();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return server
      .output()
      .slice(before)
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => Number(line.time) >= since);
  }

  it("answers a malformed form 400 with the service's problem page and one quiet log line, not a 500", async () => {
    const lines = await logLinesOf(async () => {
      const response = await fetch(`${server.url}/ask`, {
        method: "POST",
        headers: { origin: server.url, "content-type": "multipart/form-data; boundary=xyz" },
        body: '--xyz\r\nContent-Disposition: form-data; name="consent"\r\n\r\nbroken',
      });
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("text/html");
      expectProblemPage(await response.text(), "Sorry, we could not read what was sent");
    });
    expect(lines).toEqual([expect.objectContaining({ level: 30, refusal: "bad-request", path: "/ask" })]);
  });

  it("answers TRACE 405 with Allow, a badly encoded address 400, and headers over the limit 431, each with the plain page and one info line", async () => {
    const lines = await logLinesOf(async () => {
      const trace = await rawRequest(server.url, "TRACE / HTTP/1.1\r\nHost: x\r\n\r\n");
      expect(trace.status).toBe(405);
      expect(trace.head).toMatch(/^allow: GET, HEAD, POST$/im);
      expect(heading(trace.body)).toBe("Sorry, we could not read what was sent");
      const encoded = await fetch(`${server.url}/ask/%E0%A4%A`);
      expect(encoded.status).toBe(400);
      expectProblemPage(await encoded.text(), "Sorry, we could not read what was sent");
      const huge = await rawRequest(server.url, `GET / HTTP/1.1\r\nHost: x\r\nCookie: a=${"b".repeat(20_000)}\r\n\r\n`);
      expect(huge.status).toBe(431);
      expectProblemPage(huge.body, "Sorry, we could not read what was sent");
    });
    expect(lines.map((line) => [line.level, line.refusal])).toEqual([
      [30, "method-not-allowed"],
      [30, "bad-request"],
      [30, "headers-too-large"],
    ]);
  });

  it("parses an action's bound arguments first: a question page's step changed in the form finds page not found", async () => {
    const client = new FormClient(server.url);
    const about = await client.submit(await client.get("/ask"), { consent: "yes" });
    expect(about.url).toMatch(/\/ask\/about-you$/);
    // Without JavaScript the step travels in the form (Next.js's $ACTION_ fields), where anyone can change it.
    const fields = hiddenFields(about.html);
    expect(fields.some(([, value]) => value.includes('"about-you"'))).toBe(true);
    const body = new FormData();
    for (const [name, value] of fields) body.append(name, value.replace('"about-you"', '"no-such-step"'));
    body.append("fullName", "Bound Person");
    body.append("over18", "yes");
    const tampered = await fetch(`${server.url}/ask/about-you`, {
      method: "POST",
      body,
      headers: { cookie: `sid=${client.cookie("sid")}`, origin: server.url, accept: "text/html" },
      redirect: "manual",
    });
    expect(tampered.status).toBe(404);
    // The form as the page wrote it still goes on.
    expect((await client.submit(about, { fullName: "Bound Person", over18: "yes" })).url).toMatch(
      /\/ask\/safe-contact$/,
    );
  });

  it("keeps the connection's own address whatever X-Forwarded-For says", async () => {
    const client = new FormClient(server.url, {
      headers: { "x-forwarded-for": "198.51.100.77", "x-rj-client-address": "198.51.100.78" },
    });
    const page = await client.get("/staff/sign-in");
    await client.submit(page, { email: "nobody@provider.example", password: "not the password at all" });
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const { rows } = await db.query("SELECT ip_address FROM audit_events WHERE action = 'sign-in.failed'");
      expect(rows.map((row) => row.ip_address)).toEqual(["127.0.0.1"]);
    } finally {
      await db.end();
    }
  });

  it("shows the problem page while the database is down, keeps the draft, and recovers", async () => {
    const client = new FormClient(server.url);
    let page = await client.submit(await client.get("/ask"), { consent: "yes" });
    page = await client.submit(page, { fullName: "Outage Person", over18: "yes" });
    expect(page.url).toMatch(/\/ask\/safe-contact$/);

    await setConnections(database, false);
    try {
      const down = await client.get("/ask/safe-contact");
      expect(down.status).toBe(500);
      expectProblemPage(down.html, "Sorry, there is a problem with the service");
      expect(down.html).toContain("What you sent from this page was not saved");
      const posted = await client.submit(page, {
        contactMethods: "letter",
        postalAddress: "1 Road",
        messageSafe: "yes",
        someoneElse: "no",
      });
      expect(posted.status).toBe(500);
      expectProblemPage(posted.html, "Sorry, there is a problem with the service");
      expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
    } finally {
      await setConnections(database, true);
    }

    await waitFor(
      async () => ((await fetch(`${server.url}/readyz`)).status === 200 ? true : undefined),
      20_000,
      "ready again",
    );
    const aboutYou = await client.get("/ask/about-you");
    expect(aboutYou.html).toContain('value="Outage Person"');
  });

  it("with JavaScript, a save that fails shows the same words in the page, with Exit this page", async () => {
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    const browser = await launchBrowser();
    try {
      const page = await (await newContext(browser, { javaScript: true })).newPage();
      await page.goto(`${server.url}/ask`);
      await page.getByLabel("I agree to share my answers").check();
      await Promise.all([page.waitForURL(/\/ask\/about-you$/), page.locator('main button[type="submit"]').click()]);
      await db.query(
        "CREATE FUNCTION refuse_writes() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'writes refused for this test'; END $$ LANGUAGE plpgsql",
      );
      await db.query(
        "CREATE TRIGGER refuse_writes BEFORE UPDATE ON referral_drafts FOR EACH ROW EXECUTE FUNCTION refuse_writes()",
      );
      await page.getByLabel("Full name").fill("Script Person");
      await page.getByRole("radio", { name: "Yes", exact: true }).check();
      await page.locator('main button[type="submit"]').click();
      await page.getByRole("heading", { level: 1, name: "Sorry, there is a problem with the service" }).waitFor();
      expect(await page.locator("main").innerText()).toContain("What you sent from this page was not saved");
      expect(await page.locator("a.exit-this-page__button").isVisible()).toBe(true);
    } finally {
      await db.query("DROP TRIGGER IF EXISTS refuse_writes ON referral_drafts").catch(() => undefined);
      await db.end();
      await browser.close();
    }
  });
});

describe("the web server on HTTPS (APP_URL), stopping under a request in flight", () => {
  let database: TestDatabase;
  let server: RunningServer;
  let dataDir: string;

  beforeAll(async () => {
    database = await createTestDatabase("e2e_https");
    dataDir = tempFolder("https");
    server = await startServer({
      ...REQUIRED,
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      APP_URL: "https://refer.example.org",
      SHUTDOWN_DELAY_SECONDS: "2",
    });
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("sends HSTS and COOP, and a __Host- journey cookie marked Secure", async () => {
    const client = new FormClient(server.url);
    const start = await client.get("/ask");
    expect(start.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(start.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    const body = new FormData();
    for (const [name, value] of hiddenFields(start.html)) body.append(name, value);
    body.append("consent", "yes");
    // On HTTPS, a form from an http:// page of the same host is another site's.
    const plain = await fetch(`${server.url}/ask`, {
      method: "POST",
      body,
      headers: { origin: server.url },
      redirect: "manual",
    });
    expect(plain.status).toBe(403);
    const response = await fetch(`${server.url}/ask`, {
      method: "POST",
      body,
      headers: { origin: server.url.replace(/^http:/, "https:") },
      redirect: "manual",
    });
    expect(response.status).toBe(303);
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith("__Host-sid="));
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
  });

  it("on SIGTERM: not ready at once, finishes the request in flight, then exits 0", async () => {
    const start = await new FormClient(server.url).get("/ask");
    const boundary = "----drill";
    const parts =
      [...hiddenFields(start.html), ["consent", "yes"] as [string, string]]
        .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
        .join("") + `--${boundary}--\r\n`;
    const body = Buffer.from(parts);
    const { port } = new URL(server.url);
    const socket = net.connect(Number(port), "127.0.0.1");
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk.toString()));
    const closed = new Promise((resolve) => socket.on("close", resolve));
    await new Promise((resolve) => socket.once("connect", resolve));
    // Headers and half the body: the request is in flight, waiting for the rest.
    socket.write(
      `POST /ask HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${server.url.replace(/^http:/, "https:")}\r\n` +
        `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    socket.write(body.subarray(0, 100));
    await new Promise((resolve) => setTimeout(resolve, 300));

    server.child.kill("SIGTERM");
    // For the drain delay it still answers, but says it is not ready…
    await waitFor(
      async () => ((await fetch(`${server.url}/readyz`)).status === 503 ? true : undefined),
      5000,
      "not ready",
    );
    // …then it takes no new connection…
    await waitFor(
      async () => {
        try {
          await fetch(`${server.url}/readyz`);
          return undefined;
        } catch {
          return true;
        }
      },
      10_000,
      "no new connections",
    );
    // …but the request in flight is finished, and its connection closed after it.
    socket.write(body.subarray(100));
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 303/);
    expect(answer).toMatch(/location: \/ask\/about-you/i);
    expect(answer).toMatch(/connection: close/i);
    expect(await waitForExit(server.child, 30_000)).toBe(0);
    expect(server.output()).toContain('"msg":"stopped"');
  });
});
