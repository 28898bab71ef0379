/**
 * `npm run bench:submit-embedded`: the send of `bench:submit` on embedded
 * defaults (PGlite in a folder, no database server), against `GET /readyz`
 * on the same server, three rounds interleaved, medians; and the server's
 * resident memory, idle after a warm-up. Compare the send's rate with
 * bench:submit's on PostgreSQL (the README puts them side by side).
 *
 * PGlite lets one process open a folder, so the drafts are made while no
 * server has it open: the server is started once to walk the journey, stopped,
 * the drafts are inserted, and it is started again for the measurement.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "@/lib/db";
import { startBareNext } from "../tests/support/bare-next";
import { checkAnswersForm, load, median, startBenchServer, type LoadResult } from "./bench-http";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ROUNDS = 3;
/** How long the server is left idle after the sends before its memory is read again (issue 24: a minute). */
const SETTLE_SECONDS = Number(process.env.BENCH_SETTLE_SECONDS ?? 60);
/** Enough for every round and the warm-up: an embedded send is slower than one on PostgreSQL. */
const DRAFTS = Number(process.env.BENCH_DRAFTS ?? 4000);

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]) / 1024;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "rj-bench-embedded-"));
  try {
    // 1. One journey through the pages, to check answers: its answers are every draft's.
    // This first start is a new user's: it makes the database folder.
    let server = await startBenchServer("embedded", { embeddedDataDir: dataDir });
    let form: { body: Buffer; contentType: string };
    let firstStartMb = 0;
    try {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      firstStartMb = rssMb(server.pid);
      form = await checkAnswersForm(server.url);
    } finally {
      await server.stop();
    }

    // 2. The drafts, made while nothing else has the folder open.
    const tokens = Array.from({ length: DRAFTS }, () => randomBytes(32).toString("base64url"));
    const db = await openDatabase({ databaseUrl: undefined, dataDir });
    try {
      await db.withSession(async (s) => {
        const [draft] = await s.query<{ answers: unknown }>("SELECT answers FROM referral_drafts LIMIT 1");
        await s.query(
          `INSERT INTO referral_drafts (token_hash, answers, created_at, updated_at, expires_at)
           SELECT h, $2::jsonb, now(), now(), now() + interval '2 hours' FROM unnest($1::text[]) h`,
          [tokens.map((t) => createHash("sha256").update(t).digest("hex")), JSON.stringify(draft!.answers)],
        );
      });
    } finally {
      await db.close();
    }

    // 3. The measurement.
    server = await startBenchServer("embedded", { embeddedDataDir: dataDir });
    const results = { readyz: [] as LoadResult[], send: [] as LoadResult[] };
    let idleMb = 0;
    let peakMb = 0;
    let settledMb = 0;
    // "After start": once it answers, left idle for a few seconds (start-up's own garbage is still in the heap at first).
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const startedMb = rssMb(server.pid);
    let sent = 0;
    try {
      const { body, contentType } = form;
      const send = () => ({
        method: "POST",
        path: "/ask/check-answers",
        body,
        expect: 303,
        // A 303 anywhere else (to "session expired", once the drafts ran out) is not a send.
        location: "/ask/confirmation",
        headers: {
          "content-type": contentType,
          "content-length": String(body.length),
          origin: server.url,
          accept: "text/html",
          cookie: `sid=${tokens.pop()}`,
        },
      });
      const readyz = () => ({ path: "/readyz", expect: 200 });
      await load(server.url, readyz, 1, 4);
      sent += (await load(server.url, send, 1, 4)).ok;
      await new Promise((resolve) => setTimeout(resolve, 2000));
      idleMb = rssMb(server.pid);
      const sampler = setInterval(() => (peakMb = Math.max(peakMb, rssMb(server.pid))), 200);
      for (let round = 0; round < ROUNDS; round += 1) {
        results.readyz.push(await load(server.url, readyz, SECONDS, CONCURRENCY));
        const result = await load(server.url, send, SECONDS, CONCURRENCY);
        results.send.push(result);
        sent += result.ok;
        if (tokens.length === 0) throw new Error("The drafts ran out: raise BENCH_DRAFTS");
      }
      clearInterval(sampler);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_SECONDS * 1000));
      settledMb = rssMb(server.pid);
    } finally {
      await server.stop();
    }
    const check = await openDatabase({ databaseUrl: undefined, dataDir });
    const [{ n }] = (await check.withSession((s) =>
      s.query<{ n: number }>("SELECT count(*)::int AS n FROM referrals"),
    )) as [{ n: number }];
    await check.close();

    // The floor: a bare Next.js app of the same versions (`next start`), after start and after the same warm-up.
    const bare = await startBareNext();
    let bareStartedMb = 0;
    let bareIdleMb = 0;
    try {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      bareStartedMb = rssMb(bare.pid);
      await load(bare.url, () => ({ path: "/", expect: 200 }), SECONDS, CONCURRENCY);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      bareIdleMb = rssMb(bare.pid);
    } finally {
      bare.stop();
    }

    const rate = (list: LoadResult[]) => median(list.map((r) => r.perSecond));
    const baseline = rate(results.readyz);
    console.log(
      `\n| embedded (PGlite), ${CONCURRENCY} at once, ${SECONDS} s, median of ${ROUNDS} interleaved | per second | ratio to /readyz | p50 ms | p95 ms | wrong answers |`,
    );
    console.log("|---|---|---|---|---|---|");
    for (const [name, list] of [
      ["GET /readyz, baseline", results.readyz],
      ["the send, without JavaScript (303 to the confirmation)", results.send],
    ] as const) {
      console.log(
        `| ${name} | ${rate(list).toFixed(0)} | ${(rate(list) / baseline).toFixed(2)} | ${median(list.map((r) => r.p50)).toFixed(1)} | ${median(list.map((r) => r.p95)).toFixed(1)} | ${list.reduce((k, r) => k + r.wrong, 0)} |`,
      );
    }
    console.log(
      `\n${n} referrals stored for ${sent} sends answered 303, warm-up included: ${n === sent ? "one referral for each send" : "THESE SHOULD BE EQUAL"}.`,
    );
    const mb = (value: number) => `${value.toFixed(0)} MB`;
    console.log(`\n| resident memory | this service, embedded | bare Next.js | ratio |`);
    console.log("|---|---|---|---|");
    console.log(
      `| 5 s after start | ${mb(startedMb)} | ${mb(bareStartedMb)} | ${(startedMb / bareStartedMb).toFixed(1)} |`,
    );
    console.log(`| 5 s after the very first start (which makes the folder) | ${mb(firstStartMb)} | | |`);
    console.log(`| idle after the warm-up | ${mb(idleMb)} | ${mb(bareIdleMb)} | ${(idleMb / bareIdleMb).toFixed(1)} |`);
    console.log(`| peak during ${sent} sends | ${mb(peakMb)} | | |`);
    console.log(
      `| ${SETTLE_SECONDS} s after the sends | ${mb(settledMb)} (${(((settledMb - startedMb) / startedMb) * 100).toFixed(0)} % over after start) | | |`,
    );
    console.log("Targets (issue 24): at most 300 MB after start, back within 10 % of it a minute after the sends.");
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
