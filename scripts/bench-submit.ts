/**
 * `npm run bench:submit`: sends per second of the real send (the "Send my
 * request" form posted without JavaScript, as a browser does, ending in the
 * 303 to the confirmation), against `GET /readyz` (one database round trip
 * through the same server), on the production build (scripts/bench-http.ts).
 * Every send has its own complete draft, made beforehand in bulk. Three
 * rounds, interleaved, medians. Target: at least 0.5 times /readyz.
 */
import { createHash, randomBytes } from "node:crypto";
import pg from "pg";
import { checkAnswersForm, load, median, startBenchServer, type LoadResult } from "./bench-http";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ROUNDS = 3;
/** More drafts than a round can send, so no round runs out. */
const DRAFTS_PER_ROUND = Number(process.env.BENCH_DRAFTS ?? 6000);

async function main(): Promise<void> {
  const server = await startBenchServer("rj_bench_submit");
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  try {
    // One journey through the pages, to the check-answers page: its answers are every draft's.
    const { body, contentType } = await checkAnswersForm(server.url);
    const {
      rows: [draft],
    } = await db.query("SELECT answers FROM referral_drafts LIMIT 1");

    const makeDrafts = async (count: number): Promise<string[]> => {
      const tokens = Array.from({ length: count }, () => randomBytes(32).toString("base64url"));
      const hashes = tokens.map((token) => createHash("sha256").update(token).digest("hex"));
      await db.query(
        `INSERT INTO referral_drafts (token_hash, answers, created_at, updated_at, expires_at)
         SELECT h, $2::jsonb, now(), now(), now() + interval '1 hour' FROM unnest($1::text[]) h`,
        [hashes, JSON.stringify(draft.answers)],
      );
      return tokens;
    };
    const send = (tokens: string[]) => () => {
      const token = tokens.pop();
      return {
        method: "POST",
        path: "/ask/check-answers",
        body,
        expect: 303,
        headers: {
          "content-type": contentType,
          "content-length": String(body.length),
          origin: server.url,
          accept: "text/html",
          cookie: `sid=${token}`,
        },
      };
    };
    const readyz = () => ({ path: "/readyz", expect: 200 });

    await load(server.url, readyz, 1, 4);
    const warmUp = await load(server.url, send(await makeDrafts(200)), 1, 4);
    const results = { readyz: [] as LoadResult[], send: [] as LoadResult[] };
    // BENCH_PROFILE_SENDS_ONLY: no baseline rounds, so a CPU profile (BENCH_PROFILE_DIR) shows the sends alone.
    const sendsOnly = process.env.BENCH_PROFILE_SENDS_ONLY === "1";
    for (let round = 0; round < ROUNDS; round += 1) {
      results.readyz.push(
        sendsOnly
          ? { perSecond: 1, ok: 0, wrong: 0, p50: 0, p95: 0 }
          : await load(server.url, readyz, SECONDS, CONCURRENCY),
      );
      const tokens = await makeDrafts(DRAFTS_PER_ROUND);
      results.send.push(await load(server.url, send(tokens), SECONDS, CONCURRENCY));
      if (tokens.length === 0) throw new Error("A round ran out of drafts: raise BENCH_DRAFTS");
      await db.query("DELETE FROM referral_drafts");
    }
    const made = Number((await db.query("SELECT count(*) FROM referrals")).rows[0].count);
    const rate = (list: LoadResult[]) => median(list.map((r) => r.perSecond));
    const baseline = rate(results.readyz);
    console.log(
      `\n| request (${CONCURRENCY} at once, ${SECONDS} s, median of ${ROUNDS} interleaved) | per second | ratio to /readyz | p50 ms | p95 ms | wrong answers |`,
    );
    console.log("|---|---|---|---|---|---|");
    for (const [name, list] of [
      ["GET /readyz (one database round trip), baseline", results.readyz],
      ["the send, without JavaScript (303 to the confirmation)", results.send],
    ] as const) {
      console.log(
        `| ${name} | ${rate(list).toFixed(0)} | ${(rate(list) / baseline).toFixed(2)} | ${median(list.map((r) => r.p50)).toFixed(1)} | ${median(list.map((r) => r.p95)).toFixed(1)} | ${list.reduce((n, r) => n + r.wrong, 0)} |`,
      );
    }
    const sent = results.send.reduce((n, r) => n + r.ok, warmUp.ok);
    console.log(
      `\n${made} referrals stored for ${sent} sends answered 303, warm-up included: ${made === sent ? "one referral for each send" : "THESE SHOULD BE EQUAL"}.`,
    );
    const ratio = rate(results.send) / baseline;
    console.log(
      `Send: ${ratio.toFixed(2)}x /readyz (target: at least 0.5x). ${ratio >= 0.5 ? "Target met." : "Target NOT met."}`,
    );
  } finally {
    await db.end();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
