/**
 * The columns of a referral export. "Minimised" (the default) has no names,
 * contact details, free text or anything about the person responsible beyond
 * the victim's yes/no answers; "full" adds them and needs a typed reason.
 * Each column is one SQL expression; PostgreSQL turns the rows into CSV (COPY),
 * so the words for stored values are looked up there too.
 */
import {
  COMMUNICATION_WAYS,
  CONTACT_METHODS,
  CRIME_TYPE_WORDS,
  HEARD_ABOUT,
  JUSTICE_STAGES,
  YES_NO_NOT_SURE,
  type Option,
} from "@/lib/referrals/options";
import type { StepId } from "@/lib/referrals/schema";
import { ASKED_BY } from "@/lib/referrals/referrer";
import { LANGUAGES } from "@/lib/languages";
import { ALL_CLOSURE_REASONS, STATUS_LABELS } from "@/lib/referrals/status-rules";

/**
 * `labels`: stored values shown as their words (a value with no word is shown as stored).
 * `list`: the answer is a list, shown as its words joined with "; ".
 */
type Column = { header: string; sql: string; full?: true; labels?: Record<string, string>; list?: true };

const words = (options: readonly Option[]) => Object.fromEntries(options.map((o) => [o.value, o.label]));
const YES_NO_WORDS = { true: "Yes", false: "No" };
/** One answer, from the step it was asked in (answers are stored by step). */
const answer = (step: StepId, name: string) => `r.answers->'${step}'->>'${name}'`;
/** "2026-11-26 14:05", UK time, made by PostgreSQL: it sorts as text, spreadsheets read it as a date, and it is fast. */
const ukDateTime = (column: string) => `to_char(${column} AT TIME ZONE 'Europe/London', 'YYYY-MM-DD HH24:MI')`;

export const EXPORT_COLUMNS: Column[] = [
  { header: "Reference", sql: "r.reference" },
  { header: "Received", sql: ukDateTime("r.created_at") },
  { header: "Status", sql: "r.status::text", labels: STATUS_LABELS },
  { header: "Type of crime or harm", sql: "r.crime_type", labels: words(CRIME_TYPE_WORDS) },
  { header: "Sensitive", sql: "r.sensitive::text", labels: YES_NO_WORDS },
  {
    header: "Reported to the police",
    sql: answer("what-happened", "reportedToPolice"),
    labels: words(YES_NO_NOT_SURE),
  },
  { header: "Knows who is responsible", sql: answer("person-responsible", "knowWho"), labels: words(YES_NO_NOT_SURE) },
  {
    header: "Responsible person has admitted it",
    sql: answer("person-responsible", "admitted"),
    labels: words(YES_NO_NOT_SURE),
  },
  { header: "Justice process", sql: answer("person-responsible", "justiceStage"), labels: words(JUSTICE_STAGES) },
  {
    header: "Ways to communicate",
    sql: "r.answers->'what-you-would-like'->'communicationWays'",
    list: true,
    labels: words(COMMUNICATION_WAYS),
  },
  {
    header: "Ways to contact",
    sql: "r.answers->'safe-contact'->'contactMethods'",
    list: true,
    labels: words(CONTACT_METHODS),
  },
  { header: "Interpreter needed", sql: answer("support", "interpreter"), labels: words(YES_NO_NOT_SURE) },
  { header: "Heard about the service", sql: "r.heard_about", labels: words(HEARD_ABOUT) },
  { header: "Asked by", sql: "r.asked_by", labels: words(ASKED_BY) },
  {
    header: "Asked in",
    sql: "r.asked_in",
    labels: Object.fromEntries(LANGUAGES.map((l) => [l.code, `${l.english}: contact with an interpreter`])),
  },
  { header: "First contact due", sql: ukDateTime("r.first_contact_due_at") },
  { header: "First contact attempt", sql: ukDateTime("r.first_contact_at") },
  { header: "First try by a way they chose", sql: ukDateTime("r.first_chosen_attempt_at") },
  { header: "First spoken to", sql: ukDateTime("r.first_spoken_at") },
  { header: "Next step due", sql: "to_char(r.next_step_due, 'YYYY-MM-DD')" },
  { header: "Closed", sql: ukDateTime("r.closed_at") },
  { header: "Closure reason", sql: "r.closure_reason", labels: words(ALL_CLOSURE_REASONS) },
  { header: "Provider email", sql: "r.provider_email_status::text" },
  // Full export only: names, contact details, free text.
  { header: "Next step", sql: "r.next_step", full: true },
  { header: "Full name", sql: "r.full_name", full: true },
  { header: "Name to use", sql: answer("about-you", "preferredName"), full: true },
  { header: "Postcode or town", sql: answer("about-you", "location"), full: true },
  { header: "Phone number", sql: answer("safe-contact", "phoneNumber"), full: true },
  { header: "Mobile number", sql: answer("safe-contact", "mobileNumber"), full: true },
  { header: "Email address", sql: answer("safe-contact", "emailAddress"), full: true },
  { header: "Postal address", sql: answer("safe-contact", "postalAddress"), full: true },
  { header: "Safe times to contact", sql: answer("safe-contact", "safeTimes"), full: true },
  {
    header: "Safe to leave a message",
    sql: answer("safe-contact", "messageSafe"),
    full: true,
    labels: words(YES_NO_NOT_SURE),
  },
  {
    header: "Someone else could answer",
    sql: answer("safe-contact", "someoneElse"),
    full: true,
    labels: words(YES_NO_NOT_SURE),
  },
  { header: "Word to say", sql: answer("safe-contact", "safeWord"), full: true },
  { header: "Crime or harm, in their words", sql: answer("what-happened", "crimeTypeOther"), full: true },
  {
    header: "When it happened (month/year)",
    sql: `NULLIF(concat_ws('/', ${answer("what-happened", "month")}, ${answer("what-happened", "year")}), '')`,
    full: true,
  },
  { header: "Where it happened", sql: answer("what-happened", "area"), full: true },
  { header: "Crime reference number", sql: answer("what-happened", "crimeReference"), full: true },
  { header: "About what happened", sql: answer("what-happened", "description"), full: true },
  { header: "For the facilitator", sql: answer("what-you-would-like", "anythingElse"), full: true },
  { header: "Interpreter language", sql: answer("support", "interpreterLanguage"), full: true },
  { header: "Access or communication needs", sql: answer("support", "accessibilityNeeds"), full: true },
  { header: "Other services supporting them", sql: answer("support", "otherServices"), full: true },
  { header: "Heard about the service, in their words", sql: answer("support", "heardAboutOther"), full: true },
  { header: "Assigned to", sql: "(SELECT s.name FROM staff_users s WHERE s.id = r.assigned_to_id)", full: true },
];

export type ExportMode = "minimised" | "full";

export function columnsFor(mode: ExportMode): Column[] {
  return EXPORT_COLUMNS.filter((column) => mode === "full" || !column.full);
}

/** Every labelled column's words, keyed c0, c1, … as the query names its cells: one parameter for the whole export. */
export function columnWords(columns: Column[]): Record<string, Record<string, string>> {
  return Object.fromEntries(columns.flatMap((column, index) => (column.labels ? [[`c${index}`, column.labels]] : [])));
}

/**
 * A column's cell as SQL text, its words looked up in `words` (a jsonb of
 * columnWords): a value with no word stays as stored.
 */
export function cellSql(column: Column, index: number, words: string): string {
  const key = `c${index}`;
  if (column.list) {
    const value = column.labels ? `coalesce(${words}->'${key}'->>e.v, e.v)` : "e.v";
    return `(SELECT string_agg(${value}, '; ' ORDER BY e.n) FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(${column.sql}) = 'array' THEN ${column.sql} END) WITH ORDINALITY AS e(v, n))`;
  }
  return column.labels ? `coalesce(${words}->'${key}'->>(${column.sql}), ${column.sql})` : column.sql;
}
