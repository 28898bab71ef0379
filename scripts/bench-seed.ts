/**
 * The million referrals `bench:inbox` and `bench:subject-access` measure,
 * seeded once into BENCH_DATABASE_URL (default
 * postgresql://postgres@127.0.0.1:5432/rj_bench, created if missing) and made
 * again when SEED_VERSION changes.
 *
 * Realistic: every answer filled in as a person would (about 2 kB of answers
 * each, like real referrals), a unique email address and phone numbers each
 * (with the contact columns subject access searches), 85 % closed, names
 * whose numbers are a scramble of the row (not tied to the date), five staff.
 */
import { openDatabase, type Database } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { ensureDatabase } from "./bench-database";

export const BENCH_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/rj_bench";
export const BENCH_ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);

const SEED_VERSION = "bench seed 4: next steps";

/** A number from the row that says nothing about its date (7919 and 1000003 are prime). */
const SCRAMBLE = "((g::bigint * 7919) % 1000003)";

const SEED = `
INSERT INTO staff_users (id, email, name, role, updated_at)
SELECT ('00000000-0000-4000-8000-00000000000' || g)::uuid, 'bench' || g || '@provider.example', 'Bench ' || g, 'STAFF', now()
FROM generate_series(1, 5) g ON CONFLICT DO NOTHING;

INSERT INTO referrals (id, reference, status, created_at, updated_at, consent_given_at, consent_version, answers,
  full_name, crime_type, sensitive, idempotency_key, provider_email_status, first_contact_due_at, assigned_to_id,
  contact_email, contact_phones, heard_about, closed_at, closure_reason, next_step_due, person_change_unseen_at)
SELECT gen_random_uuid(), reference, status, created_at, now(), created_at, 'bench', answers,
  full_name, crime_type, crime_type IN ('domesticAbuse', 'sexualViolence', 'hateCrime'), lpad(to_hex(g), 64, '0'), 'SENT',
  created_at + interval '2 days', assigned_to_id,
  lower(email), ARRAY[phone, mobile], 'police',
  CASE WHEN status = 'CLOSED' THEN created_at + interval '30 days' END,
  CASE WHEN status = 'CLOSED' THEN 'completed' END,
  -- Every open case has a next step: 3 in 50 overdue, 1 in 50 due today, the rest over the next seven weeks.
  CASE WHEN status <> 'CLOSED' THEN (now() AT TIME ZONE 'Europe/London')::date + ((g / 100) % 50 - 3)::int END,
  -- The person changed something, not yet seen: 1 in 2,000.
  CASE WHEN g % 2000 = 7 THEN created_at + interval '3 days' END
FROM (
  SELECT g,
    -- A real-format reference, RJ-XXXX-XXXX, from the reference alphabet.
    'RJ-' || (SELECT string_agg(substr('34679ACDEFGHJKMNPQRTWXY', 1 + ((g / (23 ^ k)::bigint) % 23)::int, 1), '' ORDER BY k) FROM generate_series(0, 3) k)
      || '-' || (SELECT string_agg(substr('34679ACDEFGHJKMNPQRTWXY', 1 + ((g / (23 ^ (k + 4))::bigint) % 23)::int, 1), '' ORDER BY k) FROM generate_series(0, 3) k) AS reference,
    (CASE WHEN g % 100 < 85 THEN 'CLOSED' WHEN g % 100 < 90 THEN 'NEW' WHEN g % 100 < 95 THEN 'CONTACTING' ELSE 'ASSESSING' END)::referral_status AS status,
    now() - (g || ' minutes')::interval * 2.6 AS created_at,
    (ARRAY['Alex','Sam','Jo','Chris','Pat','Zoë','Mo','Kim'])[1 + g % 8] || ' ' || (ARRAY['Smith','Jones','Khan','Nowak','Okafor','Li'])[1 + (g / 8) % 6] || ' ' || ${SCRAMBLE} AS full_name,
    (ARRAY['violence','domesticAbuse','sexualViolence','hateCrime','burglary','robbery','theft','criminalDamage','antisocialBehaviour','harassment','fraud','driving','other'])[1 + g % 13] AS crime_type,
    'Person.' || ${SCRAMBLE} || '.' || g || '@Example.com' AS email,
    '0151' || lpad((g % 10000000)::text, 7, '0') AS phone,
    '07' || lpad((${SCRAMBLE} * 1009 % 1000000000)::text, 9, '0') AS mobile,
    CASE WHEN g % 100 BETWEEN 85 AND 87 THEN NULL ELSE ('00000000-0000-4000-8000-00000000000' || (1 + g % 5))::uuid END AS assigned_to_id
  FROM generate_series(1, $ROWS) g
) base,
LATERAL (SELECT jsonb_build_object(
  'about-you', jsonb_build_object('fullName', full_name, 'preferredName', split_part(full_name, ' ', 1), 'over18', 'yes', 'location', 'L' || (g % 40) || ' 3AB'),
  'safe-contact', jsonb_build_object('contactMethods', jsonb_build_array('phone', 'text', 'email'), 'phoneNumber', phone,
    'mobileNumber', mobile, 'emailAddress', email, 'emailConfirmation', g % 3 = 0, 'postalAddress', g || ' Example Street, Liverpool L1 1AA',
    'safeTimes', 'Weekdays after 6pm, never at weekends; if nobody answers, please do not ring back the same evening',
    'messageSafe', 'no', 'someoneElse', 'notSure', 'safeWord', 'bluebell'),
  'what-happened', jsonb_build_object('crimeType', crime_type, 'whenKnown', 'yes', 'month', (1 + g % 12)::text, 'year', '2025', 'area', 'Bootle',
    'reportedToPolice', 'yes', 'crimeReference', 'MP/25/' || g,
    'description', 'It happened on a weekday evening when I was coming home from work. ' || repeat('They came to the door, shouted, and would not leave until a neighbour came out; since then I have not felt safe at home, and I check the door every night. ', 4)),
  'person-responsible', jsonb_build_object('knowWho', 'yes', 'admitted', 'yes', 'justiceStage', 'convicted'),
  'what-you-would-like', jsonb_build_object('communicationWays', jsonb_build_array('meeting', 'letter'),
    'anythingElse', 'I would like to know why they did it, and for them to understand what it did to my family. I would want someone from Victim Care with me.'),
  'support', jsonb_build_object('interpreter', 'no', 'accessibilityNeeds', 'Large print, please, and time to read things before a meeting',
    'otherServices', 'Victim Care Merseyside', 'heardAbout', 'police')
) AS answers) a;`;

/** The benchmark database, seeded (once) and migrated; the caller closes it. */
export async function benchDatabase(): Promise<Database> {
  await ensureDatabase(BENCH_URL);
  const db = await openDatabase({ databaseUrl: BENCH_URL, dataDir: ".unused" });
  await db.withSession((s) => migrate(s));
  const [marker] = await db.withSession((s) =>
    s.query<{ version: string | null }>("SELECT obj_description('referrals'::regclass, 'pg_class') AS version"),
  );
  const count = await db.prisma.referral.count();
  if (count < BENCH_ROWS || marker?.version !== SEED_VERSION) {
    console.log(
      `Seeding ${BENCH_ROWS.toLocaleString("en-GB")} referrals with realistic answers (once; a few minutes)…`,
    );
    const started = Date.now();
    await db.withSession(async (s) => {
      await s.exec("TRUNCATE referrals CASCADE");
      await s.exec(SEED.replace("$ROWS", String(BENCH_ROWS)));
      await s.exec(`COMMENT ON TABLE referrals IS '${SEED_VERSION}'`);
      // VACUUM too: index-only scans (the counts) need the visibility map a fresh table lacks.
      await s.exec("VACUUM ANALYZE referrals");
    });
    const [size] = await db.withSession((s) =>
      s.query<{ size: string; answers: string }>(
        "SELECT pg_size_pretty(pg_total_relation_size('referrals')) AS size, (SELECT round(avg(pg_column_size(answers))) FROM referrals TABLESAMPLE SYSTEM (1))::text AS answers",
      ),
    );
    console.log(
      `Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: table ${size?.size}, answers about ${size?.answers} bytes each (stored, compressed)`,
    );
  }
  return db;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Times each scenario `runs` times after one warm-up; prints a table; returns the worst p95. */
export async function timeScenarios(
  title: string,
  runs: number,
  scenarios: Array<[string, () => Promise<unknown>]>,
): Promise<number> {
  console.log(`\n| ${title} (${BENCH_ROWS.toLocaleString("en-GB")} referrals, ${runs} runs) | p50 ms | p95 ms |`);
  console.log("|---|---|---|");
  let worst = 0;
  for (const [name, run] of scenarios) {
    await run();
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    const p95 = percentile(times, 95);
    worst = Math.max(worst, p95);
    console.log(`| ${name} | ${percentile(times, 50).toFixed(1)} | ${p95.toFixed(1)} |`);
  }
  return worst;
}
