import type { Count } from "@/lib/admin/figures";
import { TableScroll } from "@/components/table-scroll";

/**
 * One set of figures: a bar chart for the eye (hidden from screen readers,
 * which get the same numbers in the table just below it, always shown).
 */
export function FigureBlock({
  id,
  title,
  counts,
  unit = "Referrals",
}: {
  id: string;
  title: string;
  counts: Count[];
  unit?: string;
}) {
  const most = Math.max(1, ...counts.map((c) => c.count));
  return (
    <section className="figure-block" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <ul className="bar-chart" aria-hidden="true">
        {counts.map((c) => (
          <li key={c.label}>
            <span>{c.label}</span>
            <span>
              <span className="bar-chart__bar" style={{ width: `${(c.count / most) * 100}%` }} />
            </span>
          </li>
        ))}
      </ul>
      <TableScroll label={`${title}, as a table`}>
        <table className="table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{title.startsWith("Referrals per month") ? "Month" : "What"}</th>
              <th scope="col">{unit}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.label}>
                <th scope="row">{c.label}</th>
                <td>{c.count.toLocaleString("en-GB")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
