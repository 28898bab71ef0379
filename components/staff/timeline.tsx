import { CLOSURE_REASONS, STATUS_LABELS } from "@/lib/referrals/status-rules";
import { CONTACT_LABELS } from "@/lib/workspace/add-note";

type Event = {
  id: string; at: Date; type: string; fromStatus: string | null; toStatus: string | null; closureReason: string | null;
  assignedToId: string | null; channel: string | null; outcome: string | null; text: string | null; actor: { name: string } | null;
};

function describe(event: Event, names: Map<string, string>): string {
  switch (event.type) {
    case "STATUS_CHANGED": {
      const reason = CLOSURE_REASONS.find((r) => r.value === event.closureReason)?.label;
      return `Status: ${STATUS_LABELS[event.fromStatus as keyof typeof STATUS_LABELS]} → ${STATUS_LABELS[event.toStatus as keyof typeof STATUS_LABELS]}${reason ? ` (${reason})` : ""}`;
    }
    case "ASSIGNED": return `Assigned to ${names.get(event.assignedToId ?? "") ?? "a member of staff"}`;
    case "NOTE": return "Note";
    case "CONTACT_ATTEMPT": return `Contact attempt: ${CONTACT_LABELS[event.channel ?? ""] ?? event.channel}, ${CONTACT_LABELS[event.outcome ?? ""] ?? event.outcome}`;
    case "SENSITIVE_CHANGED": return event.outcome === "flagged" ? "Marked as sensitive" : "Sensitive flag removed";
    case "EMAIL_RESENT": return "Email to the provider sent again";
    default: return event.type;
  }
}

/** Everything that happened to the case, newest first. */
export function Timeline({ events, staffNames }: { events: Event[]; staffNames: Map<string, string> }) {
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      {events.length === 0 ? <p>Nothing has happened yet.</p> : (
        <ol className="timeline">
          {events.map((event) => (
            <li key={event.id}>
              <p><strong>{describe(event, staffNames)}</strong></p>
              <p className="secondary">
                {event.actor?.name ?? "The service"}, {event.at.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" })}
              </p>
              {event.text ? <p className="timeline__text">{event.text}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
