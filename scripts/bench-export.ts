/**
 * `npm run bench:export`: exports 100,000 referrals as CSV, minimised and
 * full, through the real download (POST /staff/admin/export/csv on the
 * production build, signed in as an administrator), reading the answer as a
 * browser would (asking for compression) and sampling the server process's resident memory every 5 ms.
 * Each mode starts a new server three times: the first export in each is the
 * one the memory target is about. The baseline, interleaved, is `psql \copy`
 * of the same rows' columns to /dev/null (the stored values, without the
 * words and formula checks the export adds in SQL). Targets: under 5 s, the first export in a
 * fresh process under 100 MB of extra memory, and at most 3 times psql.
 *
 * BENCH_EXPORT_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/rj_bench_export,
 * created if missing). Seeding runs once; later runs reuse the data.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import zlib from "node:zlib";
import { columnsFor, type ExportMode } from "@/lib/admin/export/columns";
import { completeSignIn, createSession } from "@/lib/auth/sessions";
import { tokenHash } from "@/lib/auth/tokens";
import { openDatabase } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { ensureDatabase } from "./bench-database";
import { startBenchServer, type BenchServer } from "./bench-http";

const URL_ = process.env.BENCH_EXPORT_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/rj_bench_export";
const ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
/** Fresh server processes per mode, each with a first export and later ones. */
const PROCESSES = 3;
const EXPORTS_PER_PROCESS = 2;

// Realistic answers: every free-text field filled, so a full export carries what a real one would.
const SEED = `
INSERT INTO referrals (id, reference, status, created_at, updated_at, consent_given_at, consent_version, answers,
  full_name, crime_type, sensitive, idempotency_key, first_contact_due_at, first_contact_at, closed_at, closure_reason, heard_about)
SELECT gen_random_uuid(), 'RJ-' || lpad(g::text, 9, '0'),
  (CASE WHEN g % 10 < 7 THEN 'CLOSED' ELSE 'CONTACTING' END)::referral_status,
  now() - g * interval '5 minutes', now(), now(), 'bench',
  jsonb_build_object(
    'about-you', jsonb_build_object('fullName', 'Person ' || g, 'preferredName', 'P' || g, 'over18', 'yes', 'location', 'L' || (g % 40) || ' 3AB'),
    'safe-contact', jsonb_build_object('contactMethods', jsonb_build_array('phone', 'email'), 'phoneNumber', '0151 496 ' || lpad((g % 10000)::text, 4, '0'),
      'emailAddress', 'person' || g || '@example.com', 'emailConfirmation', false, 'safeTimes', 'Weekdays after 6pm, never at weekends',
      'messageSafe', 'no', 'someoneElse', 'notSure', 'safeWord', 'bluebell'),
    'what-happened', jsonb_build_object('crimeType', 'burglary', 'whenKnown', 'yes', 'month', '3', 'year', '2025', 'area', 'Bootle',
      'reportedToPolice', 'yes', 'crimeReference', 'MP/25/' || g,
      'description', repeat('They came in through the back door, "quickly", and took things; ', 5)),
    'person-responsible', jsonb_build_object('knowWho', 'yes', 'admitted', 'yes', 'justiceStage', 'convicted'),
    'what-you-would-like', jsonb_build_object('communicationWays', jsonb_build_array('meeting', 'letter'),
      'anythingElse', '=HYPERLINK("http://example.invalid") should be harmless'),
    'support', jsonb_build_object('interpreter', 'no', 'accessibilityNeeds', 'Large print', 'otherServices', 'Victim Care Merseyside', 'heardAbout', 'police')),
  'Person ' || g, (ARRAY['violence','burglary','theft','harassment','fraud'])[1 + g % 5], g % 10 = 0, lpad(to_hex(g), 64, '0'),
  now() - g * interval '5 minutes' + interval '2 days', now() - g * interval '5 minutes' + interval '1 day',
  CASE WHEN g % 10 < 7 THEN now() - g * interval '5 minutes' + interval '30 days' END,
  CASE WHEN g % 10 < 7 THEN 'completed' END, 'police'
FROM generate_series(1, $ROWS) g;`;

const ADMIN = {
  id: "00000000-0000-4000-8000-0000000000aa",
  email: "bench-admin@provider.example",
  name: "Bench Admin",
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** A process's resident memory, as the kernel counts it. */
function rssOf(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) * 1024;
}

type Run = { seconds: number; extra: number; bytes: number };

/** One download through the route, read as fast as it comes; the server's memory sampled throughout. */
async function httpExport(server: BenchServer, token: string, mode: ExportMode): Promise<Run> {
  await new Promise((resolve) => setTimeout(resolve, 500)); // let the server settle
  const before = rssOf(server.pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(server.pid))), 5);
  const form = Buffer.from(new URLSearchParams({ mode, reason: "benchmark", from: "", to: "" }).toString());
  const started = performance.now();
  const { status, bytes, lines } = await new Promise<{ status: number; bytes: number; lines: number }>(
    (resolve, reject) => {
      const request = http.request(
        `${server.url}/staff/admin/export/csv`,
        {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            "content-length": String(form.length),
            origin: server.url,
            cookie: `rj-staff=${token}`,
            "accept-encoding": "gzip, deflate, br",
          },
        },
        (response) => {
          let bytes = 0;
          let lines = 0;
          // As a browser would take it: compressed if the server compresses it.
          const body = response.headers["content-encoding"] === "gzip" ? response.pipe(zlib.createGunzip()) : response;
          body.on("data", (chunk: Buffer) => {
            bytes += chunk.length;
            for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
          });
          body.on("end", () => resolve({ status: response.statusCode ?? 0, bytes, lines }));
          body.on("error", reject);
          response.on("error", reject);
        },
      );
      request.on("error", reject);
      request.end(form);
    },
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, rssOf(server.pid));
  if (status !== 200) throw new Error(`the export answered ${status}`);
  // The seed has no line breaks inside answers: a header line and one line per referral.
  if (lines !== ROWS + 1) throw new Error(`exported ${lines - 1} rows, expected ${ROWS}`);
  return { seconds, extra: peak - before, bytes };
}

function timePsqlCopy(mode: ExportMode): number {
  const select = columnsFor(mode)
    .map((column, index) => `${column.sql} AS c${index}`)
    .join(", ");
  const copy = `\\copy (SELECT ${select} FROM referrals r ORDER BY r.created_at, r.id) TO '/dev/null' WITH (FORMAT csv, HEADER)`;
  const started = performance.now();
  const run = spawnSync("psql", [URL_, "-v", "ON_ERROR_STOP=1", "-q", "-c", copy], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`psql failed: ${run.stderr}`);
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  await ensureDatabase(URL_);
  const db = await openDatabase({ databaseUrl: URL_, dataDir: ".unused" });
  let token: string;
  try {
    await db.withSession((s) => migrate(s));
    const seeded = await db.prisma.referral.count({
      where: { answers: { path: ["support", "heardAbout"], equals: "police" } },
    });
    if (seeded !== ROWS) {
      console.log(`Seeding ${ROWS.toLocaleString("en-GB")} referrals with full answers (once)…`);
      await db.withSession(async (s) => {
        await s.exec("TRUNCATE referrals CASCADE");
        await s.exec(SEED.replace("$ROWS", String(ROWS)));
        await s.exec("ANALYZE");
      });
    }
    // An administrator signed in with both steps, as the sign-in pages would leave them.
    await db.withSession((s) =>
      s.exec(`INSERT INTO staff_users (id, email, name, role, totp_enabled_at, updated_at)
              VALUES ('${ADMIN.id}', '${ADMIN.email}', '${ADMIN.name}', 'ADMIN', now(), now())
              ON CONFLICT (id) DO UPDATE SET totp_enabled_at = now(), disabled_at = NULL`),
    );
    const halfway = await createSession(db.prisma, ADMIN.id, { absoluteHours: 12, idleMinutes: 120 }, "127.0.0.1");
    token = await completeSignIn(db.prisma, tokenHash(halfway));
  } finally {
    await db.close();
  }

  console.log(
    `\n| CSV export through POST /staff/admin/export/csv, ${ROWS.toLocaleString("en-GB")} referrals | first export in a new process (${PROCESSES} processes): median s | its extra MB, most | later exports: median s | later: most extra MB | file MB | psql \\copy of the same rows' columns (baseline): median s | ratio to psql, median |`,
  );
  console.log("|---|---|---|---|---|---|---|---|");
  let worst = { extra: 0, ratio: 0, seconds: 0 };
  for (const mode of ["minimised", "full"] as const) {
    const firsts: Run[] = [];
    const later: Run[] = [];
    const copies: number[] = [];
    // Interleaved: an export, then psql, each time; a new server process for each round.
    for (let round = 0; round < PROCESSES; round += 1) {
      const server = await startBenchServer("rj_bench_export", { existingDatabase: URL_ });
      try {
        // As a person would: the export page first, then the download.
        const page = await fetch(`${server.url}/staff/admin/export`, { headers: { cookie: `rj-staff=${token}` } });
        if (page.status !== 200) throw new Error(`the export page answered ${page.status}: is the session valid?`);
        await page.arrayBuffer();
        for (let i = 0; i < EXPORTS_PER_PROCESS; i += 1) {
          (i === 0 ? firsts : later).push(await httpExport(server, token, mode));
          copies.push(timePsqlCopy(mode));
        }
      } finally {
        await server.stop();
      }
    }
    const all = [...firsts, ...later];
    const ratio = median(all.map((r) => r.seconds)) / median(copies);
    const firstExtra = Math.max(...firsts.map((r) => r.extra));
    worst = {
      extra: Math.max(worst.extra, firstExtra),
      ratio: Math.max(worst.ratio, ratio),
      seconds: Math.max(worst.seconds, ...all.map((r) => r.seconds)),
    };
    console.log(
      `| ${mode} | ${median(firsts.map((r) => r.seconds)).toFixed(2)} | ${mb(firstExtra)} | ${median(later.map((r) => r.seconds)).toFixed(2)} | ${mb(Math.max(...later.map((r) => r.extra)))} | ${mb(firsts[0]!.bytes)} | ${median(copies).toFixed(2)} | ${ratio.toFixed(2)} |`,
    );
  }
  const met = worst.extra < 100 * 1024 * 1024 && worst.ratio <= 3 && worst.seconds < 5;
  console.log(
    `\nSlowest export ${worst.seconds.toFixed(2)} s (target: under 5 s); first export's extra memory at most ${mb(worst.extra)} MB (target: under 100 MB); at most ${worst.ratio.toFixed(2)}x psql \\copy (target: at most 3x). ${met ? "Targets met." : "Target NOT met."}`,
  );
}

main().catch((error: unknown) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
