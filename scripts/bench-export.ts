/**
 * `npm run bench` (second part; alone: `npm run bench:export`): exports 100,000
 * referrals as CSV, minimised and full, through the same service the download
 * uses, timing each run and sampling the process's memory; then copies the same
 * rows with `psql \copy` for comparison. Target: under 5 s and under 100 MB of
 * extra memory for 100,000 rows.
 *
 * BENCH_EXPORT_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/rj_bench_export,
 * created if missing). Seeding runs once; later runs reuse the data.
 */
import { spawnSync } from "node:child_process";
import { columnsFor, type ExportMode } from "@/lib/admin/export/columns";
import { exportReferrals } from "@/lib/admin/export/export-referrals";
import { authorise } from "@/lib/auth/policy";
import { openDatabase } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { ensureDatabase } from "./bench-database";

const URL_ = process.env.BENCH_EXPORT_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/rj_bench_export";
const ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
const RUNS = 4;

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

const ADMIN = authorise({
  sessionHash: "bench", userId: "00000000-0000-4000-8000-0000000000aa", email: "bench-admin@provider.example", name: "Bench Admin",
  role: "ADMIN", secondFactorDone: true, totpEnrolled: true,
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

type Run = { seconds: number; extra: number; bytes: number };

async function timeExport(db: Awaited<ReturnType<typeof openDatabase>>, mode: ExportMode) {
  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  let bytes = 0;
  const started = performance.now();
  // A sink that takes each chunk as a network socket would, after a turn of the event loop.
  const result = await exportReferrals(db, ADMIN, { status: [], mode, reason: "benchmark", from: undefined, to: undefined }, async (chunk) => {
    bytes += Buffer.byteLength(chunk);
    peak = Math.max(peak, process.memoryUsage().rss);
    await new Promise((resolve) => setImmediate(resolve));
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (result.rowsWritten !== ROWS) throw new Error(`exported ${result.rowsWritten} rows, expected ${ROWS}`);
  return { seconds, extra: peak - baseline, bytes } satisfies Run;
}

function timePsqlCopy(mode: ExportMode): number {
  const select = columnsFor(mode).map((column, index) => `${column.sql} AS c${index}`).join(", ");
  const copy = `\\copy (SELECT ${select} FROM referrals r ORDER BY r.created_at, r.id) TO '/dev/null' WITH (FORMAT csv, HEADER)`;
  const started = performance.now();
  const run = spawnSync("psql", [URL_, "-v", "ON_ERROR_STOP=1", "-q", "-c", copy], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`psql failed: ${run.stderr}`);
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  await ensureDatabase(URL_);
  const db = await openDatabase({ databaseUrl: URL_, dataDir: ".unused" });
  try {
    await db.withSession((s) => migrate(s));
    const seeded = await db.prisma.referral.count({ where: { answers: { path: ["support", "heardAbout"], equals: "police" } } });
    if (seeded !== ROWS) {
      console.log(`Seeding ${ROWS.toLocaleString("en-GB")} referrals with full answers (once)…`);
      await db.withSession(async (s) => {
        await s.exec("TRUNCATE referrals CASCADE");
        await s.exec(SEED.replace("$ROWS", String(ROWS)));
        await s.exec(`INSERT INTO staff_users (id, email, name, role, updated_at) VALUES ('${ADMIN.userId}', '${ADMIN.email}', '${ADMIN.name}', 'ADMIN', now()) ON CONFLICT DO NOTHING`);
        await s.exec("ANALYZE");
      });
    }
    console.log(`\n| CSV export, ${ROWS.toLocaleString("en-GB")} referrals | first run: s | first run: extra MB | later ${RUNS - 1} runs: median s | later runs: most extra MB | file MB | psql \\copy, same rows: median s |`);
    console.log("|---|---|---|---|---|---|---|");
    for (const mode of ["minimised", "full"] as const) {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await timeExport(db, mode));
      const copies = Array.from({ length: RUNS }, () => timePsqlCopy(mode));
      const [first, ...later] = runs as [Run, ...Run[]];
      console.log(`| ${mode} | ${first.seconds.toFixed(2)} | ${mb(first.extra)} | ${median(later.map((r) => r.seconds)).toFixed(2)} | ${mb(Math.max(...later.map((r) => r.extra)))} | ${mb(first.bytes)} | ${median(copies).toFixed(2)} |`);
    }
    console.log("\nTarget: under 5 s and under 100 MB of extra memory (resident memory, peak during the export minus before it).");
    console.log("The first export in a new process also pages in heap the engine had reserved but not yet touched: see the README.");
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
