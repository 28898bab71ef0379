/**
 * What people said after their case, beside the national studies: a chart for
 * the eye (hidden from screen readers) and the same numbers in tables, with
 * each share's count and 95% interval, and "too few answers to show" for a
 * group under 5.
 */
import { TableScroll } from "@/components/table-scroll";
import { STUDIES, type SurveyFigures } from "@/lib/admin/survey/survey-figures";
import { shareWords, type ChangeFigure, type ShareFigure } from "@/lib/survey/statistics";

const percent = (x: number) => `${Math.round(x * 100)}%`;
const signed = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : ""}${Math.abs(Math.round(x * 10) / 10)}`;

function Bar({ label, share }: { label: string; share: number | null }) {
  return (
    <li>
      <span>{label}</span>
      <span>{share === null ? null : <span className="bar-chart__bar" style={{ width: `${share * 100}%` }} />}</span>
    </li>
  );
}

const changeWords = (figure: ChangeFigure) =>
  figure.shown
    ? [String(figure.n), figure.before.toFixed(1), figure.after.toFixed(1), signed(figure.change)]
    : [String(figure.n), "too few answers to show", "", ""];

export function SurveyFiguresBlock({ figures, id }: { figures: SurveyFigures; id: string }) {
  const rows: Array<[string, ShareFigure, number]> = [
    ["Satisfied or very satisfied", figures.satisfied, STUDIES.satisfied],
    ["Would recommend restorative justice", figures.recommend, STUDIES.recommend],
  ];
  return (
    <section className="figure-block" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>What people said after their case</h2>
      <ul className="bar-chart" aria-hidden="true">
        {rows.flatMap(([label, figure, study]) => [
          <Bar key={`${label}-us`} label={`${label}: this service`} share={figure.shown ? figure.share : null} />,
          <Bar key={`${label}-study`} label={`${label}: the national studies`} share={study} />,
        ])}
      </ul>
      <TableScroll label="What people said after their case, as a table">
        <table className="table">
          <caption className="visually-hidden">What people said after their case, beside the national studies</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">This service (95% interval), people who answered</th>
              <th scope="col">National studies</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, figure, study]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{shareWords(figure)}</td>
                <td>{percent(study)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p>
        The interval is where the true figure most likely lies, given how many answered: the fewer the answers, the
        wider it is. The studies are the Ministry of Justice’s evaluation of people who met face to face, so they are a
        comparison, not a target.
      </p>
      <h3>By what was delivered</h3>
      <TableScroll label="By what was delivered, as a table">
        <table className="table">
          <caption className="visually-hidden">Satisfied and would recommend, by what was delivered</caption>
          <thead>
            <tr>
              <th scope="col">What was delivered</th>
              <th scope="col">Satisfied</th>
              <th scope="col">Would recommend</th>
            </tr>
          </thead>
          <tbody>
            {figures.byDelivery.map((group) => (
              <tr key={group.group}>
                <th scope="row">{group.group}</th>
                <td>{shareWords(group.satisfied)}</td>
                <td>{shareWords(group.recommend)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h3>How people felt at the start and after</h3>
      <TableScroll label="How people felt at the start and after, as a table">
        <table className="table">
          <caption className="visually-hidden">Average on a 0 to 10 scale, for people who answered both times</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">People who answered both times</th>
              <th scope="col">At the start</th>
              <th scope="col">After</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                ["Afraid it will happen again", figures.change.fear],
                ["Angry about what happened", figures.change.anger],
                ["Coping day to day", figures.change.coping],
              ] as const
            ).map(([label, figure]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {changeWords(figure).map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p>
        Response rate: {shareWords(figures.responseRate).replace("people", "cases closed")} (answered after their case,
        of the cases closed in the period that were not withdrawn).
      </p>
    </section>
  );
}
