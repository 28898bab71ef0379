/**
 * The questions for booking a session and recording what happened, shown by
 * the sessions pages and checked by session-schemas.ts: the same words on the
 * page, in the calendar file and in the subject-access packs.
 */
import { dateGroup, type Field } from "@/lib/referrals/form-fields";

/**
 * Whose a session is: the victim's (in their subject-access pack), the person
 * responsible's (in theirs, erased with their record), or both ("joint": each
 * pack says it took place, never its summary or concerns).
 */
export type SessionSide = "victim" | "responsible" | "joint";

export const SESSION_TYPES = [
  { value: "ASSESSMENT", label: "Assessment with the victim", side: "victim" },
  { value: "PREPARATION_VICTIM", label: "Preparation with the victim", side: "victim" },
  { value: "PREPARATION_RESPONSIBLE", label: "Preparation with the person responsible", side: "responsible" },
  { value: "FACE_TO_FACE", label: "Face-to-face meeting", side: "joint" },
  { value: "SHUTTLE", label: "Shuttle exchange (you carry messages between them)", side: "joint" },
  { value: "LETTER_OR_RECORDING", label: "Letter or recorded message exchanged", side: "joint" },
  { value: "FOLLOW_UP", label: "Follow-up", side: "joint" },
] as const satisfies ReadonlyArray<{ value: string; label: string; side: SessionSide }>;
export type SessionTypeValue = (typeof SESSION_TYPES)[number]["value"];

export const CHANNELS = [
  { value: "IN_PERSON", label: "In person" },
  { value: "PHONE", label: "By phone" },
  { value: "VIDEO", label: "By video call" },
] as const;

/** Who may be at a session, besides the facilitator who runs it. */
export const SESSION_PEOPLE = [
  { value: "victim", label: "The victim" },
  { value: "victimSupporter", label: "Someone supporting the victim" },
  { value: "responsible", label: "The person responsible" },
  { value: "responsibleSupporter", label: "Someone supporting the person responsible" },
  { value: "practitioner", label: "Their probation officer or prison staff" },
  { value: "coFacilitator", label: "A second facilitator" },
] as const;

export const NOT_HAPPENED_REASONS = [
  { value: "victimCancelled", label: "The victim cancelled or did not come" },
  { value: "responsibleCancelled", label: "The person responsible cancelled or did not come" },
  { value: "weCancelled", label: "We cancelled it" },
  { value: "other", label: "Something else (say what in the summary)" },
] as const;

export const SESSION_LIMITS = {
  place: 300,
  interpreter: 60,
  summary: 4000,
  concerns: 2000,
  safeguardingTo: 200,
  safeguardingRef: 100,
};

export const labelOf = (options: ReadonlyArray<{ value: string; label: string }>, value: string | null) =>
  value === null ? "" : (options.find((o) => o.value === value)?.label ?? value);

export const sessionTypesOfSide = (side: SessionSide): SessionTypeValue[] =>
  SESSION_TYPES.filter((t) => t.side === side).map((t) => t.value);

export const sideOf = (type: string): SessionSide => SESSION_TYPES.find((t) => t.value === type)?.side ?? "joint";

export const BOOK_FIELDS: Field[] = [
  { kind: "radios", name: "type", label: "What kind of session?", options: SESSION_TYPES },
  dateGroup("on", "Date", "For example, 14 1 2027. A session that has already taken place can be added too"),
  {
    kind: "text",
    name: "time",
    label: "Time",
    hint: "UK time, for example 10:30am or 2pm",
    width: "10",
    maxLength: 8,
  },
  {
    kind: "text",
    name: "minutes",
    label: "How long, in minutes",
    optional: true,
    hint: "60 if you leave it blank",
    inputMode: "numeric",
    width: "4",
    maxLength: 3,
  },
  {
    kind: "radios",
    name: "channel",
    label: "How will it take place?",
    options: CHANNELS.map((c) =>
      c.value === "IN_PERSON"
        ? {
            ...c,
            reveals: [
              {
                kind: "text" as const,
                name: "place",
                label: "Where",
                hint: "For example, the meeting room at the Liverpool office, or the prison's name",
                maxLength: SESSION_LIMITS.place,
              },
            ],
          }
        : c,
    ),
  },
  {
    kind: "checkboxes",
    name: "attendees",
    label: "Who is expected, besides you?",
    hint: "Select all that apply",
    options: SESSION_PEOPLE,
  },
  {
    kind: "text",
    name: "interpreter",
    label: "Interpreter: the language",
    optional: true,
    hint: "Leave blank if no interpreter is needed. Include British Sign Language",
    width: "20",
    maxLength: SESSION_LIMITS.interpreter,
  },
];

export const RECORD_SESSION_FIELDS: Field[] = [
  {
    kind: "radios",
    name: "happened",
    label: "Did it take place?",
    options: [
      {
        value: "yes",
        label: "Yes",
        reveals: [
          {
            kind: "checkboxes",
            name: "attended",
            label: "Who came, besides you?",
            hint: "Select all that apply",
            options: SESSION_PEOPLE,
          },
        ],
      },
      {
        value: "no",
        label: "No",
        reveals: [{ kind: "radios", name: "notHappenedReason", label: "Why not?", options: NOT_HAPPENED_REASONS }],
      },
    ],
  },
  {
    kind: "textarea",
    name: "summary",
    label: "Summary",
    optional: true,
    hint: "What was said or agreed, and how people were. Write for the record: the people it is about may ask to read it",
    rows: 5,
    maxLength: SESSION_LIMITS.summary,
  },
  {
    kind: "textarea",
    name: "concerns",
    label: "Concerns",
    optional: true,
    hint: "Anything that worries you about going on, for either of them",
    rows: 3,
    maxLength: SESSION_LIMITS.concerns,
  },
  {
    kind: "radios",
    name: "safeguarding",
    label: "Did you raise a safeguarding concern?",
    options: [
      {
        value: "yes",
        label: "Yes",
        reveals: [
          {
            kind: "text",
            name: "safeguardingTo",
            label: "Raised with",
            hint: "For example, Liverpool City Council adult social care, or the police",
            maxLength: SESSION_LIMITS.safeguardingTo,
          },
          dateGroup("safeguardingOn", "Raised on", "For example, 14 1 2027"),
          {
            kind: "text",
            name: "safeguardingRef",
            label: "Their reference",
            optional: true,
            width: "20",
            maxLength: SESSION_LIMITS.safeguardingRef,
          },
        ],
      },
      { value: "no", label: "No" },
    ],
  },
];
