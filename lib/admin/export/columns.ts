/**
 * The columns of a referral export. "Minimised" (the default) has no names,
 * contact details, free text or anything about the person responsible beyond
 * the victim's yes/no answers; "full" adds them and needs a typed reason.
 * Each column is one SQL expression (read through a cursor) and a formatter.
 */
import {
  COMMUNICATION_WAYS, CONTACT_METHODS, CRIME_TYPES, HEARD_ABOUT, JUSTICE_STAGES, YES_NO_NOT_SURE, labelOf, type Option,
} from "@/lib/referrals/options";
import type { StepId } from "@/lib/referrals/schema";
import { CLOSURE_REASONS, STATUS_LABELS, type Status } from "@/lib/referrals/status-rules";

type Column = { header: string; sql: string; full?: true; format?: (value: unknown) => string };

const text = (value: unknown) => (value === null || value === undefined ? "" : String(value));
const label = (options: readonly Option[]) => (value: unknown) => (value ? labelOf(options, String(value)) ?? String(value) : "");
const labels = (options: readonly Option[]) => (value: unknown) =>
  Array.isArray(value) ? value.map((v) => labelOf(options, String(v)) ?? String(v)).join("; ") : "";
const yesNo = (value: unknown) => (value === true ? "Yes" : value === false ? "No" : "");
/** One answer, from the step it was asked in (answers are stored by step). */
const answer = (step: StepId, name: string) => `r.answers->'${step}'->>'${name}'`;
/** "2026-11-26 14:05", UK time, made by PostgreSQL: it sorts as text, spreadsheets read it as a date, and it is fast. */
const ukDateTime = (column: string) => `to_char(${column} AT TIME ZONE 'Europe/London', 'YYYY-MM-DD HH24:MI')`;

export const EXPORT_COLUMNS: Column[] = [
  { header: "Reference", sql: "r.reference" },
  { header: "Received", sql: ukDateTime("r.created_at") },
  { header: "Status", sql: "r.status::text", format: (v) => STATUS_LABELS[v as Status] ?? text(v) },
  { header: "Type of crime or harm", sql: "r.crime_type", format: label(CRIME_TYPES) },
  { header: "Sensitive", sql: "r.sensitive", format: yesNo },
  { header: "Reported to the police", sql: answer("what-happened", "reportedToPolice"), format: label(YES_NO_NOT_SURE) },
  { header: "Knows who is responsible", sql: answer("person-responsible", "knowWho"), format: label(YES_NO_NOT_SURE) },
  { header: "Responsible person has admitted it", sql: answer("person-responsible", "admitted"), format: label(YES_NO_NOT_SURE) },
  { header: "Justice process", sql: answer("person-responsible", "justiceStage"), format: label(JUSTICE_STAGES) },
  { header: "Ways to communicate", sql: "r.answers->'what-you-would-like'->'communicationWays'", format: labels(COMMUNICATION_WAYS) },
  { header: "Ways to contact", sql: "r.answers->'safe-contact'->'contactMethods'", format: labels(CONTACT_METHODS) },
  { header: "Interpreter needed", sql: answer("support", "interpreter"), format: label(YES_NO_NOT_SURE) },
  { header: "Heard about the service", sql: "r.heard_about", format: label(HEARD_ABOUT) },
  { header: "First contact due", sql: ukDateTime("r.first_contact_due_at") },
  { header: "First contact attempt", sql: ukDateTime("r.first_contact_at") },
  { header: "Closed", sql: ukDateTime("r.closed_at") },
  { header: "Closure reason", sql: "r.closure_reason", format: label(CLOSURE_REASONS) },
  { header: "Provider email", sql: "r.provider_email_status::text" },
  // Full export only: names, contact details, free text.
  { header: "Full name", sql: "r.full_name", full: true },
  { header: "Name to use", sql: answer("about-you", "preferredName"), full: true },
  { header: "Postcode or town", sql: answer("about-you", "location"), full: true },
  { header: "Phone number", sql: answer("safe-contact", "phoneNumber"), full: true },
  { header: "Mobile number", sql: answer("safe-contact", "mobileNumber"), full: true },
  { header: "Email address", sql: answer("safe-contact", "emailAddress"), full: true },
  { header: "Postal address", sql: answer("safe-contact", "postalAddress"), full: true },
  { header: "Safe times to contact", sql: answer("safe-contact", "safeTimes"), full: true },
  { header: "Safe to leave a message", sql: answer("safe-contact", "messageSafe"), full: true, format: label(YES_NO_NOT_SURE) },
  { header: "Someone else could answer", sql: answer("safe-contact", "someoneElse"), full: true, format: label(YES_NO_NOT_SURE) },
  { header: "Word to say", sql: answer("safe-contact", "safeWord"), full: true },
  { header: "Crime or harm, in their words", sql: answer("what-happened", "crimeTypeOther"), full: true },
  { header: "When it happened (month/year)", sql: `NULLIF(concat_ws('/', ${answer("what-happened", "month")}, ${answer("what-happened", "year")}), '')`, full: true },
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

/** One database row (c0, c1, …) as the export's text cells. */
export function formatRow(columns: Column[], row: Record<string, unknown>): string[] {
  return columns.map((column, index) => (column.format ?? text)(row[`c${index}`]));
}
