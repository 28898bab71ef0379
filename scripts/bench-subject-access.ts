/**
 * `npm run bench:subject-access`: finding a person's referrals by email
 * address and by phone number (as an administrator does for a subject-access
 * request) among a million realistic referrals (scripts/bench-seed.ts),
 * through the real service. Baseline, in the same run and interleaved: the
 * same search by reference, a unique index lookup. Target: p95 under 20 ms.
 */
import { findPersonReferrals } from "@/lib/admin/subject-access";
import { authorise } from "@/lib/auth/policy";
import { benchDatabase, BENCH_ROWS, percentile } from "./bench-seed";

const RUNS = Number(process.env.BENCH_RUNS ?? 40);

async function main(): Promise<void> {
  const db = await benchDatabase();
  try {
    const admin = authorise({
      sessionHash: "bench",
      userId: "00000000-0000-4000-8000-000000000001",
      email: "bench1@provider.example",
      name: "Bench 1",
      role: "ADMIN",
      secondFactorDone: true,
      totpEnrolled: true,
    });
    // Someone from the middle of the table: the search has to find them, not stop at the newest.
    const [row] = await db.withSession((s) =>
      s.query<{ reference: string; email: string; mobile: string }>(
        `SELECT reference, answers->'safe-contact'->>'emailAddress' AS email, answers->'safe-contact'->>'mobileNumber' AS mobile
       FROM referrals ORDER BY created_at OFFSET ${Math.floor(BENCH_ROWS / 2)} LIMIT 1`,
      ),
    );
    if (!row) throw new Error("No referrals seeded");
    const mobile = `+44 ${row.mobile.slice(1, 5)} ${row.mobile.slice(5)}`;
    const searches: Array<[string, () => Promise<unknown[]>]> = [
      [
        "by reference (baseline: a unique index)",
        () => findPersonReferrals(db.prisma, admin, { by: "reference", term: row.reference }),
      ],
      [
        "by email address, as typed in another case",
        () => findPersonReferrals(db.prisma, admin, { by: "email", term: row.email.toUpperCase() }),
      ],
      ["by mobile number, written +44 …", () => findPersonReferrals(db.prisma, admin, { by: "phone", term: mobile })],
    ];
    for (const [name, run] of searches) {
      if ((await run()).length !== 1) throw new Error(`The search ${name} did not find the one referral`);
    }
    const times = new Map<string, number[]>(searches.map(([name]) => [name, []]));
    // Interleaved: each round runs every search once, so a busy moment falls on all of them alike.
    for (let i = 0; i < RUNS; i += 1) {
      for (const [name, run] of searches) {
        const started = performance.now();
        await run();
        times.get(name)!.push(performance.now() - started);
      }
    }
    const baseline = percentile(times.get(searches[0]![0])!, 50);
    console.log(
      `\n| subject-access search (${BENCH_ROWS.toLocaleString("en-GB")} referrals, ${RUNS} runs, each with its audit row) | p50 ms | p95 ms | p50 ratio to baseline |`,
    );
    console.log("|---|---|---|---|");
    let worst = 0;
    for (const [name] of searches) {
      const list = times.get(name)!;
      if (!name.startsWith("by reference")) worst = Math.max(worst, percentile(list, 95));
      console.log(
        `| ${name} | ${percentile(list, 50).toFixed(1)} | ${percentile(list, 95).toFixed(1)} | ${(percentile(list, 50) / baseline).toFixed(2)} |`,
      );
    }
    console.log(
      `\nWorst p95 by email or phone: ${worst.toFixed(1)} ms (target: under 20 ms). ${worst < 20 ? "Target met." : "Target NOT met."}`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
