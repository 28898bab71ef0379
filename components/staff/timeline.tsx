import { describeEvent, type TimelineEvent } from "@/lib/workspace/describe-event";
import { formatDateTime } from "@/lib/dates";

type Event = TimelineEvent & { id: string; at: Date; text: string | null; actor: { name: string } | null };

/** Everything that happened to the case, newest first. */
export function Timeline({ events, staffNames }: { events: Event[]; staffNames: Map<string, string> }) {
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      {events.length === 0 ? (
        <p>Nothing has happened yet.</p>
      ) : (
        <ol className="timeline">
          {events.map((event) => (
            <li key={event.id}>
              <p>
                <strong>{describeEvent(event, staffNames)}</strong>
              </p>
              <p className="secondary">
                {event.actor?.name ?? (event.type.endsWith("_BY_PERSON") ? "The person, online" : "The service")},{" "}
                {formatDateTime(event.at)}
              </p>
              {event.text ? <p className="timeline__text">{event.text}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
