/**
 * A case's sessions as one side's subject-access pack holds them (pure). Each
 * side gets its own sessions in full; a joint session (the meeting, an
 * exchange, a follow-up) only as having been arranged and whether it took
 * place: its summary and concerns speak of both people, so they are left for
 * an administrator to read and redact by hand. The other side's sessions are
 * not there at all.
 */
import { sideOf } from "./session-fields";
import { howWords, outcomeWords, peopleWords, sessionTypeWords, type SessionFacts } from "./session-words";

type PackableSession = SessionFacts & { summary: string | null; concerns: string | null; safeguardingRaised: boolean };

export const JOINT_SESSION_NOTE =
  "A session with both people: its summary and concerns are not included, as they speak of someone else too. Ask us if you want them; we will show what we can.";

export function sessionsForPack(sessions: PackableSession[], side: "victim" | "responsible") {
  return sessions
    .filter((s) => sideOf(s.type) === side || sideOf(s.type) === "joint")
    .map((s) =>
      sideOf(s.type) === side
        ? {
            session: sessionTypeWords(s.type),
            at: s.startsAt.toISOString(),
            minutes: s.minutes,
            how: howWords(s),
            expected: peopleWords(s.attendees),
            interpreter: s.interpreter,
            whatHappened: outcomeWords(s),
            whoCame: s.happened ? peopleWords(s.attended) : null,
            summary: s.summary,
            concerns: s.concerns,
            safeguardingConcernRaised: s.safeguardingRaised,
          }
        : {
            session: sessionTypeWords(s.type),
            at: s.startsAt.toISOString(),
            whatHappened: outcomeWords(s, false),
            note: JOINT_SESSION_NOTE,
          },
    );
}
