/**
 * The questions of the person responsible's record, shown by its page and
 * checked by record-schemas.ts: the same words on the page, in the record and
 * in its own subject-access pack.
 */
import { dateGroup, type Field } from "@/lib/referrals/form-fields";

export const WHEREABOUTS = [
  { value: "NOT_KNOWN", label: "Not known yet" },
  { value: "COMMUNITY", label: "In the community" },
  { value: "PROBATION", label: "On probation" },
  { value: "PRISON", label: "In prison" },
] as const;

export const ADMISSION = [
  { value: "NOT_KNOWN", label: "Not known yet" },
  { value: "ADMITTED", label: "Admits the harm" },
  { value: "PARTLY", label: "Admits part of it" },
  { value: "DENIED", label: "Does not admit it" },
] as const;

export const RECORD_LIMITS = { establishment: 200, practitioner: 500, consentHow: 200, suitability: 2000, note: 2000 };

export const RECORD_FIELDS: Field[] = [
  { kind: "radios", name: "whereabouts", label: "Where are they?", options: WHEREABOUTS },
  {
    kind: "text",
    name: "establishment",
    label: "Prison or probation office",
    optional: true,
    maxLength: RECORD_LIMITS.establishment,
  },
  {
    kind: "textarea",
    name: "practitioner",
    label: "The practitioner to go through, and how to reach them",
    optional: true,
    hint: "For example, their probation officer's name, phone number and email address",
    rows: 3,
    maxLength: RECORD_LIMITS.practitioner,
  },
  { kind: "radios", name: "admission", label: "Do they admit the harm?", options: ADMISSION },
  dateGroup(
    "consentGiven",
    "They agreed to take part on",
    "For example, 27 3 2026. Leave blank if they have not",
    true,
  ),
  {
    kind: "text",
    name: "consentHow",
    label: "How they agreed",
    optional: true,
    hint: "For example, in person at the prison, or by phone",
    maxLength: RECORD_LIMITS.consentHow,
  },
  dateGroup("consentWithdrawn", "They withdrew their agreement on", "Leave blank unless they have withdrawn", true),
  {
    kind: "textarea",
    name: "suitability",
    label: "Risk and suitability",
    optional: true,
    rows: 5,
    maxLength: RECORD_LIMITS.suitability,
  },
];

export const CONTACT_WITH = [
  { value: "them", label: "Them" },
  { value: "practitioner", label: "Their practitioner (probation, prison)" },
  { value: "someoneElse", label: "Someone else (say who in the note)" },
] as const;

export const CONTACT_CHANNELS = [
  { value: "phone", label: "Phone" },
  { value: "email", label: "Email" },
  { value: "letter", label: "Letter" },
  { value: "inPerson", label: "In person" },
  { value: "video", label: "Video call" },
] as const;

export const NOTE_FIELDS: Field[] = [
  {
    kind: "radios",
    name: "kind",
    label: "Is it a contact, or a note?",
    options: [
      {
        value: "contact",
        label: "A contact",
        reveals: [
          { kind: "radios", name: "contactWith", label: "With whom?", options: CONTACT_WITH },
          { kind: "radios", name: "channel", label: "How?", options: CONTACT_CHANNELS },
        ],
      },
      { value: "note", label: "A note" },
    ],
  },
  {
    kind: "textarea",
    name: "note",
    label: "What was said or noted",
    hint: "Only people who may open this record see it: never the victim",
    rows: 4,
    maxLength: RECORD_LIMITS.note,
  },
];

/** "Contact with their practitioner by phone", or "Note". */
export function noteHeading(note: { contactWith: string | null; channel: string | null }): string {
  if (!note.contactWith) return "Note";
  const whom = { them: "them", practitioner: "their practitioner", someoneElse: "someone else" }[note.contactWith];
  const how = CONTACT_CHANNELS.find((c) => c.value === note.channel)?.label.toLowerCase();
  return `Contact with ${whom ?? note.contactWith}${how ? ` (${how})` : ""}`;
}

export const labelOf = (options: ReadonlyArray<{ value: string; label: string }>, value: string) =>
  options.find((o) => o.value === value)?.label ?? value;
