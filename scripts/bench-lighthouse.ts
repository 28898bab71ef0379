/**
 * `npm run bench:lighthouse`: Lighthouse's mobile performance score (its npm
 * package, driving the system Chromium) for every public page of the
 * production build, with a bare Next.js page of the same versions
 * (tests/support/bare-next.ts) as the floor in the same run. Three rounds,
 * interleaved (every page once, then again), medians, with the load average.
 * Target (issue 24): every public page at least 95, blocking time under 200 ms.
 *
 * Lighthouse's default mobile setting simulates a mid-range phone (CPU slowed
 * four times, a slow 4G network) from one real load, so its figures are
 * steadier than a wall clock here, though not immune to a busy machine.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { PUBLIC_PAGES } from "@/lib/content/site";
import { startBareNext } from "../tests/support/bare-next";
import { median, startBenchServer } from "./bench-http";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS =
  "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";

/** The public pages: the English ones, "Manage your request"'s way in, and each language's pages. */
const LANGUAGES = ["ar", "pl", "pt"];
const ALL_PAGES = [
  ...PUBLIC_PAGES.map((page) => page.href),
  "/manage",
  ...LANGUAGES.flatMap((code) => [
    `/${code}`,
    `/${code}/is-it-right-for-me`,
    `/${code}/get-help-now`,
    `/${code}/how-to-ask`,
  ]),
];
/** BENCH_PAGES="/ask /manage": only those (to look again at a few); every public page otherwise. */
const PAGES = process.env.BENCH_PAGES?.split(" ").filter(Boolean) ?? ALL_PAGES;

type Result = { score: number; lcp: number; tbt: number; scriptKb: number };

/** One Lighthouse run of `url` through its command line (its module does not load under tsx). */
function lighthouse(url: string, outputDir: string): Promise<Result> {
  const output = path.join(outputDir, "report.json");
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.resolve("node_modules/.bin/node"),
      [
        path.resolve("node_modules/lighthouse/cli/index.js"),
        url,
        "--only-categories=performance",
        "--output=json",
        `--output-path=${output}`,
        "--quiet",
        `--chrome-flags=${CHROME_FLAGS}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ["ignore", "ignore", "inherit"] },
    );
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`Lighthouse failed on ${url} (exit ${code})`));
      const report = JSON.parse(readFileSync(output, "utf8"));
      const audits = report.audits;
      const scripts = (audits["network-requests"]?.details?.items ?? []).filter(
        (item: { resourceType?: string }) => item.resourceType === "Script",
      );
      resolve({
        score: Math.round(report.categories.performance.score * 100),
        lcp: audits["largest-contentful-paint"].numericValue,
        tbt: audits["total-blocking-time"].numericValue,
        scriptKb: scripts.reduce((sum: number, item: { transferSize: number }) => sum + item.transferSize, 0) / 1000,
      });
    });
  });
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0]!;
  const server = await startBenchServer("rj_bench_lighthouse", { env: { LANGUAGES: LANGUAGES.join(",") } });
  const bare = await startBareNext();
  const outputDir = mkdtempSync(path.join(tmpdir(), "rj-lighthouse-"));
  const targets = [
    { name: "bare Next.js page (floor)", url: bare.url },
    ...PAGES.map((p) => ({ name: p, url: server.url + p })),
  ];
  const results = new Map<string, Result[]>(targets.map((t) => [t.name, []]));
  try {
    // The first visit fills the server's page cache: not measured.
    for (const target of targets) await fetch(target.url, { headers: { accept: "text/html" } });
    for (let round = 0; round < ROUNDS; round += 1)
      for (const target of targets) results.get(target.name)!.push(await lighthouse(target.url, outputDir));
  } finally {
    bare.stop();
    await server.stop();
    rmSync(outputDir, { recursive: true, force: true });
  }

  const of = (rows: Result[], key: keyof Result) => median(rows.map((row) => row[key]));
  const floor = of(results.get(targets[0]!.name)!, "score");
  console.log(
    `Lighthouse mobile performance, median of ${ROUNDS} interleaved runs (load average ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after)`,
  );
  console.log("| page | score | ratio to the bare page | LCP ms | blocking ms | script kB |");
  console.log("|---|---|---|---|---|---|");
  const below: string[] = [];
  for (const [name, rows] of results) {
    const score = of(rows, "score");
    if (name !== targets[0]!.name && (score < 95 || of(rows, "tbt") >= 200)) below.push(name);
    console.log(
      `| ${name} | ${score} | ${(score / floor).toFixed(2)} | ${of(rows, "lcp").toFixed(0)} | ${of(rows, "tbt").toFixed(0)} | ${of(rows, "scriptKb").toFixed(1)} |`,
    );
  }
  console.log(
    below.length
      ? `Below 95 or blocking 200 ms or more: ${below.join(", ")}`
      : "Every public page: 95 or more, blocking under 200 ms.",
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
