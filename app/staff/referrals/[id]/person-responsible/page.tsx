import type { Metadata } from "next";
import { SubPageHead } from "@/components/staff/sub-page-head";
import { RecordForm, RecordNoteForm } from "@/components/responsible/record-forms";
import { clientAddress, requireStaffPage } from "@/lib/auth/staff-session";
import { formatDate, formatDateTime, ukDay } from "@/lib/dates";
import { getDatabase } from "@/lib/db";
import type { FormValues } from "@/lib/forms/form-state";
import { openResponsibleRecord } from "@/lib/responsible/record";
import { ADMISSION, labelOf, noteHeading, WHEREABOUTS } from "@/lib/responsible/record-fields";
import { addRecordNoteAction, saveRecordAction } from "./actions";
import { openOrRefuse } from "../need-to-know";

export const metadata: Metadata = { title: "The person responsible’s record" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE: Record<string, string> = {
  saved: "The record is saved.",
  note: "The note is added.",
  erased: "The person responsible’s record has been erased. The audit trail records it.",
};

/** A stored day (a date column comes back as midnight UTC) as the three boxes show it. */
function dayBoxes(prefix: string, day: Date | null): FormValues {
  if (!day) return {};
  return {
    [`${prefix}Day`]: String(day.getUTCDate()),
    [`${prefix}Month`]: String(day.getUTCMonth() + 1),
    [`${prefix}Year`]: String(day.getUTCFullYear()),
  };
}

const dayText = (day: Date | null) => (day ? formatDate(new Date(`${day.toISOString().slice(0, 10)}T12:00:00Z`)) : "");

/**
 * The person responsible's record: on its own page, apart from the victim's
 * case, for the case's facilitator and administrators only (403 otherwise).
 */
export default async function PersonResponsiblePage({ params, searchParams }: Props) {
  const { id } = await params;
  const staff = await requireStaffPage(`/staff/referrals/${id}/person-responsible`, "responsible.read");
  const prisma = (await getDatabase()).prisma;
  const opened = await openOrRefuse(async () => openResponsibleRecord(prisma, staff, id, await clientAddress()));
  const { referral, record } = opened;
  const done = DONE[String((await searchParams).done)];
  const initialValues: FormValues = record
    ? {
        whereabouts: record.whereabouts,
        establishment: record.establishment ?? "",
        practitioner: record.practitioner ?? "",
        admission: record.admission,
        consentHow: record.consentHow ?? "",
        suitability: record.suitability ?? "",
        ...dayBoxes("consentGiven", record.consentGivenOn),
        ...dayBoxes("consentWithdrawn", record.consentWithdrawnOn),
      }
    : {};
  return (
    <>
      <SubPageHead
        role={staff.role}
        back={{ href: `/staff/referrals/${referral.id}`, text: `Referral ${referral.reference}` }}
        title="The person responsible’s record"
        done={done}
      />
      <p>
        For referral {referral.reference}. This record is kept apart from the victim’s: it is never shown or sent to the
        victim, and only {referral.assignedTo ? referral.assignedTo.name : "the facilitator assigned"} and
        administrators may open it.
      </p>
      {record && staff.role === "ADMIN" ? (
        <p className="no-print">
          <a href={`/staff/admin/subject-access/${referral.id}/person-responsible`}>
            Everything held about them, for their own subject-access request or erasure
          </a>
        </p>
      ) : null}
      {record ? (
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt className="summary-list__key">Where they are</dt>
            <dd className="summary-list__value">
              {labelOf(WHEREABOUTS, record.whereabouts)}
              {record.establishment ? `: ${record.establishment}` : ""}
            </dd>
          </div>
          <div className="summary-list__row">
            <dt className="summary-list__key">Admits the harm</dt>
            <dd className="summary-list__value">{labelOf(ADMISSION, record.admission)}</dd>
          </div>
          <div className="summary-list__row">
            <dt className="summary-list__key">Agreed to take part</dt>
            <dd className="summary-list__value">
              {record.consentGivenOn ? `On ${dayText(record.consentGivenOn)}` : "Not yet"}
              {record.consentHow ? ` (${record.consentHow})` : ""}
              {record.consentWithdrawnOn ? `; withdrew on ${dayText(record.consentWithdrawnOn)}` : ""}
            </dd>
          </div>
        </dl>
      ) : (
        <p>Nothing is recorded about them yet.</p>
      )}

      <h2>Change the record</h2>
      <RecordForm
        action={saveRecordAction.bind(null, referral.id)}
        initialValues={initialValues}
        version={record?.version ?? 0}
        today={ukDay(new Date())}
      />

      <h2 id="notes-heading">Notes and contacts</h2>
      <RecordNoteForm action={addRecordNoteAction.bind(null, referral.id)} />
      {record?.notes.length ? (
        <ol className="timeline" aria-labelledby="notes-heading">
          {record.notes.map((note) => (
            <li key={note.id}>
              <p>
                <strong>{noteHeading(note)}</strong>
              </p>
              <p className="secondary">
                {note.actor.name}, {formatDateTime(note.at)}
              </p>
              <p className="timeline__text">{note.text}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p>No notes yet.</p>
      )}
    </>
  );
}
