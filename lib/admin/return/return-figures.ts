/**
 * The commissioner's quarterly return, worked out from the cases (pure, so
 * every count can be checked against hand-built cases). The funnel follows the
 * referrals received in the quarter as they stand today, step by step, with
 * why each one that stopped stopped; sessions and safeguarding concerns count
 * what took place in the quarter.
 */
import { ALL_CLOSURE_REASONS } from "@/lib/referrals/status-rules";
import { CRIME_TYPE_WORDS, HEARD_ABOUT } from "@/lib/referrals/options";
import { workingDaysBetween } from "@/lib/referrals/working-days";
import { DELIVERED_BY, WHY_NOT } from "@/lib/restorative/outcome-fields";
import { SESSION_TYPES } from "@/lib/restorative/session-fields";
import { AREAS, areaOf } from "./merseyside-areas";

export type Count = { label: string; count: number };

/** A referral received in the quarter, as the return needs it (no names, no answers but the area's). */
export type ReturnCase = {
  createdAt: Date;
  crimeType: string;
  heardAbout: string | null;
  location: unknown;
  status: string;
  closureReason: string | null;
  firstContactAt: Date | null;
  firstChosenAttemptAt: Date | null;
  firstSpokenAt: Date | null;
  firstContactDueAt: Date | null;
  /** Whether it ever reached "Assessing" (or beyond), by its timeline or its sessions. */
  reachedAssessing: boolean;
  responsibleConsented: boolean;
  outcome: { delivered: string; whyNot: string | null } | null;
  agreement: Array<{ status: string | null }>;
  /** An erased referral, known only by its anonymous figures (lib/admin/erasure/). */
  erased?: boolean;
};

export type ReturnSession = { type: string; happened: boolean | null; safeguardingRaised: boolean };

export const FUNNEL_STEPS = [
  "Received",
  "First contact attempted",
  "Spoken to",
  "Assessed",
  "Person responsible engaged",
  "Restorative justice delivered",
  "Agreement completed",
] as const;

export type FunnelStep = { step: string; count: number; stoppedHere: Count[] };

export type QuarterlyReturn = {
  received: number;
  bySource: Count[];
  byCrimeType: Count[];
  byArea: Count[];
  funnel: FunnelStep[];
  delivered: { direct: number; indirect: number };
  withinPromise: { met: number; of: number };
  spokenWithinFive: { met: number; of: number };
  sessionsByType: Count[];
  safeguardingConcerns: number;
};

const isDirect = (delivered: string) => DELIVERED_BY.find((d) => d.value === delivered)?.direct ?? false;
const delivered = (c: ReturnCase) => c.outcome !== null && c.outcome.delivered !== "NONE";

/**
 * Whether a case reached each step. A later step shows the earlier ones were
 * reached, even where they were not recorded (a meeting held means the victim
 * was contacted), so the counts only ever go down the way.
 */
function stepsReached(c: ReturnCase): boolean[] {
  const conditions = [
    true,
    c.firstContactAt !== null || c.firstChosenAttemptAt !== null,
    c.firstSpokenAt !== null,
    c.reachedAssessing || delivered(c),
    c.responsibleConsented || delivered(c),
    delivered(c),
    c.agreement.length > 0 && c.agreement.every((item) => item.status === "DONE"),
  ];
  return conditions.map((_, i) => conditions.slice(i).some(Boolean));
}

/** Why a case went no further than the step it reached. */
function whyStopped(c: ReturnCase, nextStep: number): string {
  if (nextStep === FUNNEL_STEPS.length - 1)
    return c.agreement.length === 0 ? "No agreement was made" : "Agreement not completed (yet)";
  if (c.status !== "CLOSED") return "Still being worked on";
  if (c.outcome?.delivered === "NONE" && c.outcome.whyNot)
    return WHY_NOT.find((w) => w.value === c.outcome!.whyNot)?.label ?? "Other";
  return ALL_CLOSURE_REASONS.find((r) => r.value === c.closureReason)?.label ?? "Closed (no reason recorded)";
}

function tally(values: string[], order: readonly string[]): Count[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const listed = order.map((label) => ({ label, count: counts.get(label) ?? 0 }));
  const extra = [...counts.keys()].filter((k) => !order.includes(k)).sort();
  return [...listed, ...extra.map((label) => ({ label, count: counts.get(label)! }))];
}

const label = (options: ReadonlyArray<{ value: string; label: string }>, value: string | null, none: string) =>
  value === null ? none : (options.find((o) => o.value === value)?.label ?? "Other answers");

export function buildReturn(cases: ReturnCase[], sessions: ReturnSession[], now: Date): QuarterlyReturn {
  const reached = cases.map(stepsReached);
  const funnel = FUNNEL_STEPS.map((step, i) => {
    const here = cases.filter((_, n) => reached[n]![i]);
    const stopped = cases.filter((_, n) => reached[n]![i] && reached[n]![i + 1] === false);
    return {
      step,
      count: here.length,
      stoppedHere:
        i === FUNNEL_STEPS.length - 1
          ? []
          : tally(
              stopped.map((c) => whyStopped(c, i + 1)),
              [],
            ),
    };
  });
  // The promise: a first try by a way they chose by the due time; counted once the due time has passed or it was kept.
  const promised = cases.filter(
    (c) => c.firstContactDueAt && (c.firstChosenAttemptAt !== null || c.firstContactDueAt <= now),
  );
  const spokenDue = cases.filter(
    (c) => !c.erased && (c.firstSpokenAt !== null || workingDaysBetween(c.createdAt, now) > 5),
  );
  const happened = sessions.filter((s) => s.happened === true);
  const done = cases.filter(delivered);
  return {
    received: cases.length,
    bySource: tally(
      cases.map((c) => label(HEARD_ABOUT, c.heardAbout, "Not answered")),
      [...HEARD_ABOUT.map((h) => h.label), "Not answered"],
    ),
    byCrimeType: tally(
      cases.map((c) => label(CRIME_TYPE_WORDS, c.crimeType, "Not answered")),
      CRIME_TYPE_WORDS.map((t) => t.label),
    ),
    byArea: tally(
      cases.map((c) => (c.erased ? "Not known" : areaOf(c.location))),
      AREAS,
    ),
    funnel,
    delivered: {
      direct: done.filter((c) => isDirect(c.outcome!.delivered)).length,
      indirect: done.filter((c) => !isDirect(c.outcome!.delivered)).length,
    },
    withinPromise: {
      met: promised.filter((c) => c.firstChosenAttemptAt && c.firstChosenAttemptAt <= c.firstContactDueAt!).length,
      of: promised.length,
    },
    spokenWithinFive: {
      met: spokenDue.filter((c) => c.firstSpokenAt && workingDaysBetween(c.createdAt, c.firstSpokenAt) <= 5).length,
      of: spokenDue.length,
    },
    sessionsByType: tally(
      happened.map((s) => SESSION_TYPES.find((t) => t.value === s.type)?.label ?? s.type),
      SESSION_TYPES.map((t) => t.label),
    ),
    safeguardingConcerns: sessions.filter((s) => s.safeguardingRaised).length,
  };
}

/** A count as a download that may be published shows it: 1 to 4 as "fewer than 5". */
export const suppressed = (count: number) => (count > 0 && count < 5 ? "fewer than 5" : String(count));

/** A share as the download shows it: not when fewer than 5 were measured (it would reveal the count). */
export const shareWords = ({ met, of }: { met: number; of: number }) =>
  of === 0 ? "none measured" : of < 5 ? "not shown (fewer than 5 measured)" : `${Math.round((met / of) * 100)}%`;
