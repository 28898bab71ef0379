/**
 * `npm run bench:pages`: requests per second of a content page and of a
 * question page of the journey, on the production build (scripts/bench-http.ts),
 * each against its own floor: a content page against a static file (the
 * site's stylesheet) served by the same server; a question page (with its
 * draft) against a force-dynamic page of about its size in a bare Next.js app
 * of the same versions (tests/support/bare-next.ts). Three rounds,
 * interleaved, medians, with the CPU each request costs the serving process.
 * Targets: a content page at least 0.5 times the static file; a question page
 * at least 0.6 times the bare dynamic page.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { loadavg } from "node:os";
import pg from "pg";
import { BARE_TABLE, startBareNext } from "../tests/support/bare-next";
import { FormClient } from "../tests/support/form-client";
import { processCpuMs } from "./bench-costs";
import { load, median, startBenchServer, type LoadResult, type Request } from "./bench-http";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const ROUNDS = 3;

async function main(): Promise<void> {
  const stylesheet = readdirSync(path.join(".next", "static", "chunks")).find((name) => name.endsWith(".css"));
  if (!stylesheet) throw new Error("No production build: run `npm run build` first");
  const loadBefore = loadavg()[0]!;
  const server = await startBenchServer("rj_bench_pages");
  let bare: Awaited<ReturnType<typeof startBareNext>> | undefined;
  try {
    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    await db.query(BARE_TABLE);
    await db.end();
    bare = await startBareNext({ database: { url: server.databaseUrl, answers: {} } });
    // A journey under way, for the question page (it needs its draft).
    const person = new FormClient(server.url);
    const started = await person.submit(await person.get("/ask"), { consent: "yes" });
    if (!started.url.endsWith("/ask/about-you")) throw new Error("Could not start a journey");
    const cookie = `sid=${person.cookie("sid")}`;
    const page = (path: string) => () => ({
      path,
      headers: { accept: "text/html", "accept-encoding": "gzip", cookie },
      expect: 200,
    });
    type Target = { name: string; url: string; pid: number; next: () => Request & { expect: number } };
    const staticFile: Target = {
      name: "a static file (the stylesheet), the content page's floor",
      url: server.url,
      pid: server.pid,
      next: () => ({ path: `/_next/static/chunks/${stylesheet}`, expect: 200 }),
    };
    const content: Target = {
      name: "a content page (/how-it-works)",
      url: server.url,
      pid: server.pid,
      next: page("/how-it-works"),
    };
    const bareDynamic: Target = {
      name: "bare Next.js: a force-dynamic page reading a cookie, the question page's floor",
      url: bare.url,
      pid: bare.pid,
      next: page("/question"),
    };
    const question: Target = {
      name: "a question page (/ask/about-you, with its draft)",
      url: server.url,
      pid: server.pid,
      next: page("/ask/about-you"),
    };
    const targets = [staticFile, content, bareDynamic, question];
    const htmlBytes = async (target: Target) => {
      const request = target.next();
      return (await (await fetch(`${target.url}${request.path}`, { headers: request.headers })).text()).length;
    };
    console.log(
      `HTML of a page: the question page ${await htmlBytes(question)} bytes, the bare dynamic page ${await htmlBytes(bareDynamic)}.`,
    );
    for (const target of targets) await load(target.url, target.next, 1, 4); // warm up (and fill the content page's cache)
    const results = new Map<Target, Array<LoadResult & { cpuMs: number }>>(targets.map((t) => [t, []]));
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const target of targets) {
        const cpu = processCpuMs(target.pid);
        const result = await load(target.url, target.next, SECONDS, CONCURRENCY);
        results.get(target)!.push({ ...result, cpuMs: (processCpuMs(target.pid) - cpu) / Math.max(result.ok, 1) });
      }
    }
    const rate = (target: Target) => median(results.get(target)!.map((r) => r.perSecond));
    const floors = new Map<Target, Target>([
      [staticFile, staticFile],
      [content, staticFile],
      [bareDynamic, bareDynamic],
      [question, bareDynamic],
    ]);
    console.log(
      `\n| page (${CONCURRENCY} at once, ${SECONDS} s, median of ${ROUNDS} interleaved) | requests per second | ratio to its floor | CPU ms each | p50 ms | p95 ms | wrong answers |`,
    );
    console.log("|---|---|---|---|---|---|---|");
    for (const target of targets) {
      const runs = results.get(target)!;
      console.log(
        `| ${target.name} | ${rate(target).toFixed(0)} | ${(rate(target) / rate(floors.get(target)!)).toFixed(2)} | ${median(runs.map((r) => r.cpuMs)).toFixed(2)} | ${median(runs.map((r) => r.p50)).toFixed(1)} | ${median(runs.map((r) => r.p95)).toFixed(1)} | ${runs.reduce((n, r) => n + r.wrong, 0)} |`,
      );
    }
    const contentRatio = rate(content) / rate(staticFile);
    const questionRatio = rate(question) / rate(bareDynamic);
    console.log(
      `\nContent page: ${contentRatio.toFixed(2)}x the static file (target: at least 0.5x). ${contentRatio >= 0.5 ? "Target met." : "Target NOT met."}`,
    );
    console.log(
      `Question page: ${questionRatio.toFixed(2)}x the bare dynamic page (target: at least 0.6x). ${questionRatio >= 0.6 ? "Target met." : "Target NOT met."}`,
    );
    console.log(`Load average (1 min): ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after.`);
  } finally {
    bare?.stop();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
