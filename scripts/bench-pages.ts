/**
 * `npm run bench:pages`: requests per second of a content page and of a
 * question page of the journey, against a static file (the site's stylesheet)
 * served by the same server, on the production build (scripts/bench-http.ts).
 * Three rounds, interleaved (static, content, question, static, …), medians.
 * Target: a content page at least 0.5 times the static file.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { FormClient } from "../tests/support/form-client";
import { load, median, startBenchServer, type LoadResult } from "./bench-http";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const ROUNDS = 3;

async function main(): Promise<void> {
  const stylesheet = readdirSync(path.join(".next", "static", "chunks")).find((name) => name.endsWith(".css"));
  if (!stylesheet) throw new Error("No production build: run `npm run build` first");
  const server = await startBenchServer("rj_bench_pages");
  try {
    // A journey under way, for the question page (it needs its draft).
    const person = new FormClient(server.url);
    const started = await person.submit(await person.get("/ask"), { consent: "yes" });
    if (!started.url.endsWith("/ask/about-you")) throw new Error("Could not start a journey");
    const cookie = `sid=${person.cookie("sid")}`;
    const targets: Array<[string, () => ReturnType<Parameters<typeof load>[1]>]> = [
      ["a static file (the stylesheet), baseline", () => ({ path: `/_next/static/chunks/${stylesheet}`, expect: 200 })],
      [
        "a content page (/how-it-works)",
        () => ({ path: "/how-it-works", headers: { accept: "text/html", "accept-encoding": "gzip" }, expect: 200 }),
      ],
      [
        "a question page (/ask/about-you, with its draft)",
        () => ({
          path: "/ask/about-you",
          headers: { accept: "text/html", "accept-encoding": "gzip", cookie },
          expect: 200,
        }),
      ],
    ];
    for (const [, next] of targets) await load(server.url, next, 1, 4); // warm up (and fill the content page's cache)
    const results = new Map<string, LoadResult[]>(targets.map(([name]) => [name, []]));
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [name, next] of targets) results.get(name)!.push(await load(server.url, next, SECONDS, CONCURRENCY));
    }
    const rate = (name: string) => median(results.get(name)!.map((r) => r.perSecond));
    const baseline = rate(targets[0]![0]);
    console.log(
      `\n| page (${CONCURRENCY} at once, ${SECONDS} s, median of ${ROUNDS} interleaved) | requests per second | ratio to static file | p50 ms | p95 ms | wrong answers |`,
    );
    console.log("|---|---|---|---|---|---|");
    for (const [name] of targets) {
      const runs = results.get(name)!;
      console.log(
        `| ${name} | ${rate(name).toFixed(0)} | ${(rate(name) / baseline).toFixed(2)} | ${median(runs.map((r) => r.p50)).toFixed(1)} | ${median(runs.map((r) => r.p95)).toFixed(1)} | ${runs.reduce((n, r) => n + r.wrong, 0)} |`,
      );
    }
    const content = rate(targets[1]![0]) / baseline;
    console.log(
      `\nContent page: ${content.toFixed(2)}x the static file (target: at least 0.5x). ${content >= 0.5 ? "Target met." : "Target NOT met."}`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
