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
