/** The sessions in a subject-access pack, as its page shows them (the JSON file holds the same). */
import { formatDateTime } from "@/lib/dates";
import type { sessionsForPack } from "@/lib/restorative/session-pack";

export function PackSessions({ sessions }: { sessions: ReturnType<typeof sessionsForPack> }) {
  return (
    <>
      <h2>Sessions</h2>
      {sessions.length === 0 ? (
        <p>No sessions.</p>
      ) : (
        <ol className="timeline">
          {sessions.map((s, index) => (
            <li key={index}>
              <p>
                <strong>{s.session}</strong>, {formatDateTime(new Date(s.at))}: {s.whatHappened}
              </p>
              {"note" in s ? (
                <p className="secondary">{s.note}</p>
              ) : (
                <>
                  <p className="secondary">
                    {s.how}. Expected: {s.expected}
                    {s.whoCame ? `. Came: ${s.whoCame}` : ""}
                    {s.interpreter ? `. Interpreter: ${s.interpreter}` : ""}
                    {s.safeguardingConcernRaised ? ". A safeguarding concern was raised" : ""}
                  </p>
                  {s.summary ? <p className="timeline__text">{s.summary}</p> : null}
                  {s.concerns ? <p className="timeline__text">Concerns: {s.concerns}</p> : null}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

type PackOutcome = {
  outcome: {
    delivered: string;
    on: string | null;
    howFarItGot: string | null;
    whyNot: string | null;
    yourWishesMet?: string;
  } | null;
  agreement: Array<{ what: string; who: string; byWhen: string; followUp: string }>;
};

/** The outcome and the agreement in a subject-access pack, as its page shows them. */
export function PackOutcome({ outcome, agreement }: PackOutcome) {
  const rows: Array<[string, string | null | undefined]> = outcome
    ? [
        ["Delivered", outcome.delivered],
        ["When", outcome.on],
        ["How far it got", outcome.howFarItGot],
        ["Why it went no further", outcome.whyNot],
        ["Their wishes met", outcome.yourWishesMet],
      ]
    : [];
  return (
    <>
      <h2>Outcome</h2>
      {outcome ? (
        <dl className="summary-list">
          {rows
            .filter(([, value]) => value)
            .map(([key, value]) => (
              <div className="summary-list__row" key={key}>
                <dt className="summary-list__key">{key}</dt>
                <dd className="summary-list__value">{value}</dd>
              </div>
            ))}
        </dl>
      ) : (
        <p>No outcome recorded.</p>
      )}
      <h2>Agreement</h2>
      {agreement.length ? (
        <ol className="timeline">
          {agreement.map((item, index) => (
            <li key={index}>
              <span className="timeline__text">{item.what}</span> ({item.who}, by {item.byWhen}): {item.followUp}
            </li>
          ))}
        </ol>
      ) : (
        <p>Nothing agreed.</p>
      )}
    </>
  );
}
