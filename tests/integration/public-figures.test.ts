/**
 * The public "How we are doing" figures, on both databases: nothing shown
 * until 10 people have answered in the last 12 months, then satisfied and
 * would recommend with their counts and intervals; worked out once a UK day
 * (a new answer shows the next day, not before).
 */
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { publicFigures, PUBLIC_THRESHOLD } from "@/lib/survey/public-figures";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";

describe.each(BACKENDS)("the public figures, on %s", (kind) => {
  let backend: TestBackend;
  let prisma: PrismaClient;

  beforeAll(async () => {
    backend = await openBackend(kind, `public_figures_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
  });
  afterAll(() => backend.cleanUp());

  const answer = (satisfaction: number, recommend: string, answeredAt: Date) =>
    prisma.wellbeingAnswer.create({ data: { stage: "after", via: "online", satisfaction, recommend, answeredAt } });

  it("shows nothing under 10 answers, then the shares, refreshed once a day", async () => {
    const day1 = new Date(`2031-03-10T09:00:00Z`);
    // An answer older than 12 months does not count.
    await answer(5, "yes", new Date("2030-03-01T12:00:00Z"));
    for (let i = 0; i < PUBLIC_THRESHOLD - 1; i++)
      await answer(i < 7 ? 5 : 2, i < 6 ? "yes" : "no", new Date("2031-02-01T12:00:00Z"));
    expect(await publicFigures(prisma, day1)).toMatchObject({ shown: false, answered: 9 });

    // The tenth answer arrives: the same day the page still says not enough; the next day it shows.
    await answer(4, "yes", new Date("2031-03-10T08:00:00Z"));
    expect(await publicFigures(prisma, new Date("2031-03-10T22:00:00Z"))).toMatchObject({ shown: false });
    const next = await publicFigures(prisma, new Date("2031-03-11T07:00:00Z"));
    expect(next).toMatchObject({
      shown: true,
      answered: 10,
      satisfied: { shown: true, n: 10, successes: 8 },
      recommend: { shown: true, n: 10, successes: 7 },
    });
  });
});
