import { consume, consumeInTransaction, forget, refund, used } from "@/lib/limits/rate-limits";
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { movableClock } from "../support/clock";

describe.each(BACKENDS)("rate limits on %s", (kind) => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let n = 0;
  const rule = (points: number, windowSeconds = 60) => ({ name: `test-${kind}-${++n}`, points, windowSeconds });

  beforeAll(async () => {
    backend = await openBackend(kind, `limits_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
  });
  afterAll(() => backend.cleanUp());

  it("allows the rule's points, then refuses with the end of the window", async () => {
    const limit = rule(3);
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push(await consume(prisma, limit, "203.0.113.9"));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.used)).toEqual([1, 2, 3, 4]);
    const refused = results[3]!;
    if (refused.allowed) throw new Error("expected a refusal");
    expect(refused.retryAt.getTime()).toBeGreaterThan(Date.now() + 55_000);
    expect(refused.retryAt.getTime()).toBeLessThanOrEqual(Date.now() + 60_000);
    // Another key is counted on its own.
    expect(await consume(prisma, limit, "198.51.100.1")).toMatchObject({ allowed: true, used: 1 });
  });

  it("counts every one of many requests sent at once (one atomic statement each)", async () => {
    const limit = rule(10);
    const results = await Promise.all(Array.from({ length: 25 }, () => consume(prisma, limit, "k")));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(await used(prisma, limit, "k")).toBe(25);
  });

  it("starts a new window once the old one has ended", async () => {
    const limit = rule(1, 1);
    expect((await consume(prisma, limit, "k")).allowed).toBe(true);
    expect((await consume(prisma, limit, "k")).allowed).toBe(false);
    const clock = movableClock();
    try {
      clock.advance(1100);
      expect((await consume(prisma, limit, "k")).allowed).toBe(true);
    } finally {
      clock.restore();
    }
  });

  it("gives points back and forgets a key", async () => {
    const limit = rule(2);
    await consume(prisma, limit, "k");
    await consume(prisma, limit, "k");
    await refund(prisma, limit, "k");
    expect(await used(prisma, limit, "k")).toBe(1);
    await forget(prisma, limit, "k");
    expect(await used(prisma, limit, "k")).toBe(0);
  });

  describe("counted inside a transaction (a send's)", () => {
    it("keeps the library's rows: it reads, refunds and forgets them, and the window is the same", async () => {
      const own = rule(2);
      const all = rule(5, 3600);
      const counted = await backend.db.withWriteTransaction((tx) =>
        consumeInTransaction(tx, [
          { rule: own, key: "203.0.113.9" },
          { rule: all, key: "all" },
        ]),
      );
      expect(counted).toEqual([
        { allowed: true, used: 1 },
        { allowed: true, used: 1 },
      ]);
      expect(await consume(prisma, own, "203.0.113.9")).toMatchObject({ allowed: true, used: 2 });
      const [third] = await backend.db.withWriteTransaction((tx) =>
        consumeInTransaction(tx, [{ rule: own, key: "203.0.113.9" }]),
      );
      if (third!.allowed) throw new Error("expected a refusal");
      expect(third!.used).toBe(3);
      expect(third!.retryAt.getTime()).toBeGreaterThan(Date.now() + 55_000);
      expect(third!.retryAt.getTime()).toBeLessThanOrEqual(Date.now() + 60_000);
      await refund(prisma, own, "203.0.113.9");
      expect(await used(prisma, own, "203.0.113.9")).toBe(2);
      expect(await used(prisma, all, "all")).toBe(1);
    });

    it("counts nothing when the transaction rolls back", async () => {
      const limit = rule(3);
      await expect(
        backend.db.withWriteTransaction(async (tx) => {
          await consumeInTransaction(tx, [{ rule: limit, key: "k" }]);
          throw new Error("the send failed");
        }),
      ).rejects.toThrow("the send failed");
      expect(await used(prisma, limit, "k")).toBe(0);
    });

    it("counts every one of many transactions at once, on the shared key too", async () => {
      const own = rule(100);
      const all = rule(10);
      const results = await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          backend.db.withWriteTransaction((tx) =>
            consumeInTransaction(tx, [
              { rule: own, key: `address-${i % 5}` },
              { rule: all, key: "all" },
            ]),
          ),
        ),
      );
      expect(results.filter(([, everyone]) => everyone!.allowed)).toHaveLength(10);
      expect(await used(prisma, all, "all")).toBe(25);
      expect(await used(prisma, own, "address-0")).toBe(5);
    });

    it("starts a new window once the old one has ended", async () => {
      const limit = rule(1, 1);
      const once = () => backend.db.withWriteTransaction((tx) => consumeInTransaction(tx, [{ rule: limit, key: "k" }]));
      expect((await once())[0]!.allowed).toBe(true);
      expect((await once())[0]!.allowed).toBe(false);
      const clock = movableClock();
      try {
        clock.advance(1100);
        expect((await once())[0]).toEqual({ allowed: true, used: 1 });
      } finally {
        clock.restore();
      }
    });
  });
});
