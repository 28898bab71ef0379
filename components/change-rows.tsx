/** A summary list whose rows each have a Change link back to their question (GOV.UK "Check answers"). */
export function ChangeRows({
  rows,
}: {
  rows: ReadonlyArray<{ name: string; question: string; answer: string; changeHref: string }>;
}) {
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div className="summary-list__row" key={row.name}>
          <dt className="summary-list__key">{row.question}</dt>
          <dd className="summary-list__value">{row.answer}</dd>
          <dd className="summary-list__actions">
            <a href={row.changeHref}>
              Change<span className="visually-hidden"> {row.question.toLowerCase()}</span>
            </a>
          </dd>
        </div>
      ))}
    </dl>
  );
}
