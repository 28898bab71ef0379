/**
 * `npm run bench:submit`: sends per second of the real send (the "Send my
 * request" form posted without JavaScript, as a browser does, ending in the
 * 303 to the confirmation), against the framework's floor: a bare Next.js app
 * of the same versions whose server action does one Prisma INSERT of the same
 * answers and redirects (tests/support/bare-next.ts), on the same database.
 * Both production builds. Three rounds, interleaved, medians; beside each, the
 * CPU each request costs the web process and the database server, and the
 * database work (commits, rows written) from pg_stat_database.
 * The send leaves its emails to the worker, which queues them about once a
 * second (lib/referrals/delivery/queue-new-referrals.ts): that pass runs here
 * throughout, as a separate worker would, so its database work is the send's
 * too. At the end, every referral must have had its provider email queued once.
 * Target: the send at least 0.5 times the bare server action.
 */
import { createHash, randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import pg from "pg";
import { startQueue } from "@/lib/background-jobs";
import { openDatabase } from "@/lib/db";
import { repeatEvery } from "@/lib/jobs/repeat";
import { QUEUE_BATCH, queueNewReferralEmails } from "@/lib/referrals/delivery/queue-new-referrals";
import { BARE_TABLE, startBareNext } from "../tests/support/bare-next";
import { hiddenFields } from "../tests/support/form-client";
import { postgresCpuMs, processCpuMs, settledWork, workPer, type DatabaseWork } from "./bench-costs";
import { checkAnswersForm, load, median, startBenchServer, type LoadResult, type Request } from "./bench-http";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ROUNDS = 3;
/** More drafts than a round can send, so no round runs out. */
const DRAFTS_PER_ROUND = Number(process.env.BENCH_DRAFTS ?? 6000);
/** Requests in the pass that counts the database work of each. */
const WORK_SAMPLE = 600;

type Measured = LoadResult & { webCpuMs: number; databaseCpuMs: number };
type Target = { name: string; url: string; pid: number; next: () => Request & { expect: number } };

/** One timed run, with the CPU it took the target's process and the database server, per answered request. */
async function measure(target: Target, seconds: number): Promise<Measured> {
  const web = processCpuMs(target.pid);
  const database = postgresCpuMs();
  const result = await load(target.url, target.next, seconds, CONCURRENCY);
  const answered = Math.max(result.ok, 1);
  return {
    ...result,
    webCpuMs: (processCpuMs(target.pid) - web) / answered,
    databaseCpuMs: (postgresCpuMs() - database) / answered,
  };
}

/** A form post as a browser without JavaScript sends it. */
function formPost(url: string, path: string, location: string, body: Buffer, contentType: string, cookie?: string) {
  return {
    method: "POST",
    path,
    body,
    expect: 303,
    location,
    headers: {
      "content-type": contentType,
      "content-length": String(body.length),
      origin: url,
      accept: "text/html",
      ...(cookie ? { cookie } : {}),
    },
  };
}

async function encode(fields: Array<[string, string]>): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  const encoded = new Request("http://x/", { method: "POST", body: form });
  return { body: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get("content-type")! };
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0]!;
  const server = await startBenchServer("rj_bench_submit");
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  // The worker's pass that queues each new referral's emails, every second, as `npm run worker` runs it.
  const worker = await openDatabase({ databaseUrl: server.databaseUrl, dataDir: ".data/bench-submit" });
  const boss = await startQueue(worker);
  const queueEmails = () => queueNewReferralEmails(worker, boss);
  const relay = repeatEvery("queue new referrals' emails", 1000, async () => (await queueEmails()) === QUEUE_BATCH);
  let bare: Awaited<ReturnType<typeof startBareNext>> | undefined;
  try {
    // One journey through the pages, to check answers: its answers are every draft's, and the bare INSERT's.
    const { body, contentType } = await checkAnswersForm(server.url);
    const {
      rows: [draft],
    } = await db.query("SELECT answers FROM referral_drafts LIMIT 1");
    await db.query(BARE_TABLE);
    bare = await startBareNext({ database: { url: server.databaseUrl, answers: draft.answers.steps } });
    const bareForm = await encode(hiddenFields(await (await fetch(`${bare.url}/send`)).text()));

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
    let tokens: string[] = [];
    const bareSend: Target = {
      name: "bare Next.js: a server action doing one Prisma INSERT (303), baseline",
      url: bare.url,
      pid: bare.pid,
      next: () => formPost(bare!.url, "/send", "/send/done", bareForm.body, bareForm.contentType),
    };
    const send: Target = {
      name: "the send, without JavaScript (303 to the confirmation)",
      url: server.url,
      pid: server.pid,
      next: () =>
        formPost(server.url, "/ask/check-answers", "/ask/confirmation", body, contentType, `sid=${tokens.pop()}`),
    };

    tokens = await makeDrafts(DRAFTS_PER_ROUND);
    let answered = (await load(server.url, send.next, 1, 4)).ok;
    if (tokens.length === 0) throw new Error("The warm-up ran out of drafts: raise BENCH_DRAFTS");
    await db.query("DELETE FROM referral_drafts");
    await load(bare.url, bareSend.next, 1, 4);
    const results = new Map<Target, Measured[]>([
      [bareSend, []],
      [send, []],
    ]);
    for (let round = 0; round < ROUNDS; round += 1) {
      results.get(bareSend)!.push(await measure(bareSend, SECONDS));
      tokens = await makeDrafts(DRAFTS_PER_ROUND);
      const sent = await measure(send, SECONDS);
      results.get(send)!.push(sent);
      answered += sent.ok;
      if (tokens.length === 0) throw new Error("A round ran out of drafts: raise BENCH_DRAFTS");
      await db.query("DELETE FROM referral_drafts");
    }

    // The database work of each: a fixed number of requests between two settled readings.
    const work = new Map<Target, DatabaseWork>();
    tokens = await makeDrafts(WORK_SAMPLE);
    for (const target of [bareSend, send]) {
      const before = await settledWork(db);
      let done = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (done < WORK_SAMPLE) {
            done += 1;
            const request = target.next();
            const response = await fetch(`${target.url}${request.path}`, {
              method: "POST",
              body: new Uint8Array(request.body!),
              headers: request.headers,
              redirect: "manual",
            });
            const location = new URL(response.headers.get("location") ?? "/", target.url).pathname;
            if (response.status !== 303 || location !== request.location)
              throw new Error(`${target.name}: answered ${response.status} to ${location}`);
            if (target === send) answered += 1;
          }
        }),
      );
      work.set(target, workPer(before, await settledWork(db), WORK_SAMPLE));
    }

    const made = Number((await db.query("SELECT count(*) FROM referrals")).rows[0].count);
    await relay.stop();
    while ((await queueEmails()) > 0);
    const emails = Number(
      (await db.query("SELECT count(*) FROM pgboss.job WHERE name = 'deliver-referral'")).rows[0].count,
    );
    const rate = (list: LoadResult[]) => median(list.map((r) => r.perSecond));
    const baseline = rate(results.get(bareSend)!);
    console.log(
      `\n| request (${CONCURRENCY} at once, ${SECONDS} s, median of ${ROUNDS} interleaved) | per second | ratio to the bare action | web CPU ms each | database CPU ms each | commits each | rows inserted, updated, deleted each | p50 ms | p95 ms | wrong answers |`,
    );
    console.log("|---|---|---|---|---|---|---|---|---|---|");
    for (const [target, list] of results) {
      const w = work.get(target)!;
      console.log(
        `| ${target.name} | ${rate(list).toFixed(0)} | ${(rate(list) / baseline).toFixed(2)} | ${median(list.map((r) => r.webCpuMs)).toFixed(1)} | ${median(list.map((r) => r.databaseCpuMs)).toFixed(1)} | ${w.commits.toFixed(1)} | ${w.inserted.toFixed(1)}, ${w.updated.toFixed(1)}, ${w.deleted.toFixed(1)} | ${median(list.map((r) => r.p50)).toFixed(1)} | ${median(list.map((r) => r.p95)).toFixed(1)} | ${list.reduce((n, r) => n + r.wrong, 0)} |`,
      );
    }
    console.log(
      `\n${made} referrals stored for ${answered} sends answered 303, warm-up included: ${made === answered ? "one referral for each send" : "THESE SHOULD BE EQUAL"}.`,
    );
    console.log(
      `${emails} provider emails queued for ${made} referrals: ${emails === made ? "one for each" : "THESE SHOULD BE EQUAL"}.`,
    );
    const ratio = rate(results.get(send)!) / baseline;
    console.log(
      `Send: ${ratio.toFixed(2)}x the bare server action (target: at least 0.5x). ${ratio >= 0.5 ? "Target met." : "Target NOT met."}`,
    );
    console.log(`Load average (1 min): ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after.`);
  } finally {
    bare?.stop();
    await relay.stop();
    await boss.stop({ graceful: false });
    await worker.close();
    await db.end();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
