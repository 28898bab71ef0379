/**
 * The public "How we are doing" figures: what people said after their case
 * over the last 12 months, once at least 10 have answered (fewer could point
 * to someone, and would say little). Worked out once a UK day and kept in
 * memory, so the database is asked once a day, whoever visits; answers given
 * or deleted through this process make the next visit work them out again.
 * The page itself is kept by the server's page cache for up to five minutes
 * (CACHED_FIGURE_PAGES), and dropped from it at the same moments.
 */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ukDay } from "@/lib/dates";
import { forgetCachedPage } from "@/lib/http/cached-page-hook";
import { shareFigure, type ShareFigure } from "./statistics";

/** The fewest answers the public page shows figures for. */
export const PUBLIC_THRESHOLD = 10;

export type PublicFigures =
  | { shown: false; answered: number; since: Date }
  | { shown: true; answered: number; since: Date; satisfied: ShareFigure; recommend: ShareFigure };

/** From the answers (pure). */
export function publicFiguresOf(
  answers: Array<{ satisfaction: number | null; recommend: string | null }>,
  since: Date,
): PublicFigures {
  if (answers.length < PUBLIC_THRESHOLD) return { shown: false, answered: answers.length, since };
  const rated = answers.filter((a) => a.satisfaction !== null);
  const said = answers.filter((a) => a.recommend !== null);
  return {
    shown: true,
    answered: answers.length,
    since,
    satisfied: shareFigure(rated.filter((a) => a.satisfaction! >= 4).length, rated.length),
    recommend: shareFigure(said.filter((a) => a.recommend === "yes").length, said.length),
  };
}

async function read(prisma: PrismaClient, now: Date): Promise<PublicFigures> {
  const since = new Date(now.getTime() - 365 * 24 * 3600_000);
  const answers = await prisma.wellbeingAnswer.findMany({
    where: { stage: "after", answeredAt: { gte: since, lte: now } },
    select: { satisfaction: true, recommend: true },
  });
  return publicFiguresOf(answers, since);
}

const memo = globalThis as typeof globalThis & { __rjPublicFigures?: { day: string; figures: Promise<PublicFigures> } };

/** Today's figures: worked out by the first visit of the UK day, then kept until the next. */
export function publicFigures(prisma: PrismaClient, now = new Date()): Promise<PublicFigures> {
  const day = ukDay(now);
  const kept = memo.__rjPublicFigures;
  if (kept?.day === day) return kept.figures;
  const figures = read(prisma, now);
  memo.__rjPublicFigures = { day, figures };
  // A failure is not kept: the next visit asks again.
  figures.catch(() => {
    if (memo.__rjPublicFigures?.figures === figures) delete memo.__rjPublicFigures;
  });
  return figures;
}

/** After answers are saved or deleted (and committed): the next visit works the figures out again. */
export function forgetPublicFigures(): void {
  delete memo.__rjPublicFigures;
  // The page showing them is kept by the server's page cache too (CACHED_FIGURE_PAGES).
  forgetCachedPage("/how-we-are-doing");
}
