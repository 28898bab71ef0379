/** A GOV.UK summary list of [question, answer] rows: the staff pages' way of showing what is recorded. */
export function SummaryRows({
  rows,
  preserveLines = false,
}: {
  rows: Array<[string, string]>;
  preserveLines?: boolean;
}) {
  return (
    <dl className="summary-list">
      {rows.map(([key, value]) => (
        <div className="summary-list__row" key={key}>
          <dt className="summary-list__key">{key}</dt>
          <dd className={preserveLines ? "summary-list__value timeline__text" : "summary-list__value"}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
