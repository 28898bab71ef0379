import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { FigureBlock } from "@/components/admin/figure-block";
import { PlainErrorSummary, PlainFields } from "@/components/admin/plain-fields";
import { TableScroll } from "@/components/table-scroll";
import { readQuarterlyReturn } from "@/lib/admin/return/quarterly-return";
import { readSurveyFigures } from "@/lib/admin/survey/survey-figures";
import { SurveyFiguresBlock } from "@/components/admin/survey-figures";
import { readQuarter } from "@/lib/admin/return/read-quarter";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";
import type { Field } from "@/lib/referrals/form-fields";

export const metadata: Metadata = { title: "Quarterly return" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const percent = ({ met, of }: { met: number; of: number }) =>
  of === 0 ? "None measured yet" : `${Math.round((met / of) * 100)}% (${met} of ${of})`;

/** The commissioner's quarterly return: the page shows every count; the download, which may be published, hides those under 5. */
export default async function QuarterlyReturnPage({ searchParams }: Props) {
  const admin = await requireStaffPage("/staff/admin/figures/return", "figures.read");
  const { quarters, quarter, error } = readQuarter(await searchParams);
  const prisma = (await getDatabase()).prisma;
  const [figures, survey] = await Promise.all([
    readQuarterlyReturn(prisma, admin, quarter),
    readSurveyFigures(prisma, admin, quarter),
  ]);
  const fields: Field[] = [
    {
      kind: "radios",
      name: "quarter",
      label: "Quarter",
      options: quarters.map((q, i) => ({ value: q.value, label: i === 0 ? `${q.label}, so far` : q.label })),
    },
  ];
  const errors: Record<string, string> = error ? { quarter: error } : {};
  const stops = figures.funnel.flatMap((step) => step.stoppedHere.map((stop) => ({ step: step.step, ...stop })));
  return (
    <>
      <AdminNav current="/staff/admin/figures" />
      <PlainErrorSummary fields={fields} errors={errors} />
      <p className="no-print">
        <a href="/staff/admin/figures" className="back-link">
          Figures
        </a>
      </p>
      <h1>The commissioner’s quarterly return</h1>
      <form method="get" action="/staff/admin/figures/return" noValidate className="no-print">
        <PlainFields fields={fields} values={{ quarter: quarter.value }} errors={errors} />
        <button type="submit" className="button">
          Show the return
        </button>
      </form>
      <h2>{quarter.label}</h2>
      <p>
        Referrals received: <strong>{figures.received.toLocaleString("en-GB")}</strong>. Quarters run in UK time. The
        way to restorative justice follows the referrals received in the quarter as they stand today; sessions and
        safeguarding concerns count what took place in the quarter.
      </p>
      <p>
        <a href={`/staff/admin/figures/return/csv?quarter=${quarter.value}`} download>
          Download the return (CSV)
        </a>{" "}
        — it may be published, so any count from 1 to 4 shows as “fewer than 5”. This page shows every count.
      </p>
      <FigureBlock id="by-source" title="By how they heard about the service" counts={figures.bySource} />
      <FigureBlock id="by-type" title="By type of crime or harm" counts={figures.byCrimeType} />
      <FigureBlock id="by-area" title="By area" counts={figures.byArea} />
      <p>The area is read from the postcode or town the person gave, where they gave one.</p>
      <FigureBlock
        id="funnel"
        title="From referral to restorative justice"
        counts={figures.funnel.map((step) => ({ label: step.step, count: step.count }))}
      />
      <section aria-labelledby="stops-heading">
        <h2 id="stops-heading">Why referrals went no further</h2>
        {stops.length ? (
          <TableScroll label="Why referrals went no further, as a table">
            <table className="table">
              <caption className="visually-hidden">The last step each referral reached, and why it stopped</caption>
              <thead>
                <tr>
                  <th scope="col">Went as far as</th>
                  <th scope="col">Why</th>
                  <th scope="col">Referrals</th>
                </tr>
              </thead>
              <tbody>
                {stops.map((stop) => (
                  <tr key={`${stop.step}-${stop.label}`}>
                    <td>{stop.step}</td>
                    <td>{stop.label}</td>
                    <td>{stop.count.toLocaleString("en-GB")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : (
          <p>None.</p>
        )}
      </section>
      <FigureBlock
        id="delivered"
        title="Restorative justice delivered"
        counts={[
          { label: "Directly (a meeting, in person or by video)", count: figures.delivered.direct },
          { label: "Indirectly (shuttle, letters, a recording)", count: figures.delivered.indirect },
        ]}
      />
      <section className="figure-block" aria-labelledby="promise-heading">
        <h2 id="promise-heading">First contact</h2>
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt className="summary-list__key">First try by a way they chose, within the promise</dt>
            <dd className="summary-list__value">{percent(figures.withinPromise)}</dd>
          </div>
          <div className="summary-list__row">
            <dt className="summary-list__key">Spoken to within five working days</dt>
            <dd className="summary-list__value">{percent(figures.spokenWithinFive)}</dd>
          </div>
        </dl>
        <p>Counted once the time allowed has passed, or sooner when it was met.</p>
      </section>
      <FigureBlock id="sessions" title="Sessions that took place" counts={figures.sessionsByType} unit="Sessions" />
      <SurveyFiguresBlock figures={survey} id="survey" />
      <section aria-labelledby="safeguarding-heading">
        <h2 id="safeguarding-heading">Safeguarding</h2>
        <p>
          Concerns raised at sessions in the quarter: <strong>{figures.safeguardingConcerns}</strong>
        </p>
      </section>
    </>
  );
}
