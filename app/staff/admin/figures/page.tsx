import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { FigureBlock } from "@/components/admin/figure-block";
import { TableScroll } from "@/components/table-scroll";
import { PlainErrorSummary, PlainFields } from "@/components/admin/plain-fields";
import { readFigures } from "@/lib/admin/figures";
import { readSurveyFigures } from "@/lib/admin/survey/survey-figures";
import { SurveyFiguresBlock } from "@/components/admin/survey-figures";
import { ukDayEnd, ukDayStart } from "@/lib/dates";
import { readFiguresRange } from "@/lib/admin/figures-range";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";
import type { Field } from "@/lib/referrals/form-fields";
import { countOf } from "@/lib/plural";

export const metadata: Metadata = { title: "Figures" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const RANGE_FIELDS: Field[] = [
  {
    kind: "text",
    name: "from",
    label: "Received from",
    type: "date",
    optional: true,
    width: "10",
    maxLength: 10,
    hint: "For example, 2026-01-01",
  },
  {
    kind: "text",
    name: "to",
    label: "Received to",
    type: "date",
    optional: true,
    width: "10",
    maxLength: 10,
    hint: "Including this day",
  },
];

const hours = (value: number | null) =>
  value === null
    ? "No contact yet"
    : value < 48
      ? `${value} hours`
      : `${value} hours (${(value / 24).toFixed(1)} days)`;

export default async function FiguresPage({ searchParams }: Props) {
  const admin = await requireStaffPage("/staff/admin/figures", "figures.read");
  const { values, errors, range } = readFiguresRange(await searchParams);
  const prisma = (await getDatabase()).prisma;
  const [figures, survey] = await Promise.all([
    readFigures(prisma, admin, range),
    readSurveyFigures(prisma, admin, { from: ukDayStart(range.from), to: ukDayEnd(range.to) }),
  ]);
  const fc = figures.firstContact;
  const csv = `/staff/admin/figures/csv?${new URLSearchParams(range).toString()}`;

  return (
    <>
      <AdminNav current="/staff/admin/figures" />
      <PlainErrorSummary fields={RANGE_FIELDS} errors={errors} />
      <h1>Figures</h1>
      <form method="get" action="/staff/admin/figures" noValidate>
        <PlainFields fields={RANGE_FIELDS} values={values} errors={errors} />
        <button type="submit" className="button">
          Show figures
        </button>
      </form>
      <p>
        Referrals received from {figures.from} to {figures.to}: <strong>{figures.total.toLocaleString("en-GB")}</strong>
        . Referrals whose personal data has been erased are counted by the month they arrived. No personal data is shown
        here.
      </p>
      <p>
        <a href={csv} download>
          Download these figures (CSV)
        </a>
      </p>
      <p>
        <a href="/staff/admin/figures/return">The commissioner’s quarterly return</a>: choose a quarter, see the way
        from referral to restorative justice, and download it to send.
      </p>

      <FigureBlock id="per-month" title="Referrals per month" counts={figures.perMonth} />
      <FigureBlock id="by-status" title="Referrals by status now" counts={figures.byStatus} />
      <FigureBlock id="by-type" title="By type of crime or harm" counts={figures.byCrimeType} />
      <FigureBlock id="by-heard" title="By how they heard about the service" counts={figures.byHeardAbout} />
      <FigureBlock id="by-asked-by" title="By who asked" counts={figures.byAskedBy} />
      <SurveyFiguresBlock figures={survey} id="survey" />

      <section className="figure-block" aria-labelledby="first-contact-heading">
        <h2 id="first-contact-heading">Time from referral to first contact</h2>
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt className="summary-list__key">Median</dt>
            <dd className="summary-list__value">{hours(fc.medianHours)}</dd>
          </div>
          <div className="summary-list__row">
            <dt className="summary-list__key">90th percentile</dt>
            <dd className="summary-list__value">{hours(fc.p90Hours)}</dd>
          </div>
          <div className="summary-list__row">
            <dt className="summary-list__key">Contact attempted</dt>
            <dd className="summary-list__value">{countOf(fc.contacted, "referral")}</dd>
          </div>
          <div className="summary-list__row">
            <dt className="summary-list__key">No contact attempt yet</dt>
            <dd className="summary-list__value">{countOf(fc.waiting, "referral")}</dd>
          </div>
        </dl>
        <p>
          Here first contact is the first contact attempt staff recorded, whatever its channel or outcome. The promise
          is measured below, in working days.
        </p>
      </section>

      <section className="figure-block" aria-labelledby="working-days-heading">
        <h2 id="working-days-heading">First contact in working days, as the promise is made</h2>
        <p>
          UK working days from the day a referral arrived (weekends and bank holidays in England and Wales not counted;
          0 is the same day).
        </p>
        <TableScroll label="First contact in working days">
          <table className="table">
            <caption className="visually-hidden">First contact in working days, by measure</caption>
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col">Median</th>
                <th scope="col">90th percentile</th>
                <th scope="col">Measured</th>
                <th scope="col">Still waiting</th>
              </tr>
            </thead>
            <tbody>
              {(
                [
                  ["attempt", "First try by a way they chose"],
                  ["spoken", "First spoken to"],
                ] as const
              ).map(([key, label]) => {
                const wd = figures.workingDays[key];
                const days = (v: number | null) =>
                  v === null ? "None yet" : `${Math.round(v * 10) / 10} working ${v === 1 ? "day" : "days"}`;
                return (
                  <tr key={key}>
                    <th scope="row">{label}</th>
                    <td>{days(wd.median)}</td>
                    <td>{days(wd.p90)}</td>
                    <td>{wd.measured.toLocaleString("en-GB")}</td>
                    <td>{wd.waiting.toLocaleString("en-GB")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <FigureBlock id="outcomes" title="Outcomes: closed referrals by reason" counts={figures.closureReasons} />
    </>
  );
}
