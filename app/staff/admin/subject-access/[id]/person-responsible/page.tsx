import { PackOutcome, PackSessions } from "@/components/restorative/pack-sessions";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { clientAddress, requireStaffPage } from "@/lib/auth/staff-session";
import { formatDateTime } from "@/lib/dates";
import { getDatabase } from "@/lib/db";
import { eraseFields } from "@/lib/admin/erase-fields";
import { responsibleRecordPack } from "@/lib/responsible/record-rights";
import { eraseResponsibleAction } from "../../actions";

export const metadata: Metadata = { title: "Everything we hold about a person responsible" };

const ERASE_FIELDS = eraseFields({
  reasonHint:
    "For example, “Request from the person responsible through their probation officer, identity checked”. Kept in the audit trail",
  referenceLabel: "Type the referral’s reference to confirm",
});

/**
 * The person responsible's own subject-access pack: their record and notes,
 * never the victim's answers or timeline, which belong to the victim. Printed
 * without the forms, or downloaded as JSON. Its erasure leaves the referral.
 */
export default async function ResponsiblePackPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const admin = await requireStaffPage(`/staff/admin/subject-access/${id}/person-responsible`, "subject-access.manage");
  const pack = await responsibleRecordPack((await getDatabase()).prisma, admin, id, await clientAddress());
  if (!pack) notFound();
  const rows: Array<[string, string | null]> = [
    ["Where they are", pack.whereTheyAre],
    ["Prison or probation office", pack.establishment],
    ["The practitioner to go through", pack.practitioner],
    ["Admits the harm", pack.admitsTheHarm],
    ["Agreed to take part on", pack.agreedOn],
    ["How they agreed", pack.howTheyAgreed],
    ["Withdrew their agreement on", pack.withdrewOn],
    ["Risk and suitability", pack.riskAndSuitability],
    ["Recorded from", formatDateTime(new Date(pack.recordedFrom))],
    ["Last changed", formatDateTime(new Date(pack.lastChanged))],
  ];
  return (
    <>
      <AdminNav current="/staff/admin/subject-access" />
      <h1>Everything we hold about the person responsible in referral {pack.reference}</h1>
      <p className="no-print">
        <a href={`/staff/admin/subject-access/${id}/person-responsible/json`} download>
          Download as JSON (machine-readable)
        </a>
        . This is theirs alone: it holds nothing the victim told us.
      </p>
      <dl className="summary-list">
        {rows.map(([question, answer]) => (
          <div className="summary-list__row" key={question}>
            <dt className="summary-list__key">{question}</dt>
            <dd className="summary-list__value">{answer ?? "–"}</dd>
          </div>
        ))}
      </dl>
      <h2>Notes and contacts</h2>
      {pack.notes.length === 0 ? (
        <p>No notes.</p>
      ) : (
        <ol className="timeline">
          {pack.notes.map((note, index) => (
            <li key={index}>
              <p className="secondary">
                {note.what}: {note.by}, {formatDateTime(new Date(note.at))}
              </p>
              <p className="timeline__text">{note.text}</p>
            </li>
          ))}
        </ol>
      )}
      <PackSessions sessions={pack.sessions} />
      <PackOutcome outcome={pack.outcome} agreement={pack.agreement} />
      <section className="no-print" aria-labelledby="erase-heading">
        <h2 id="erase-heading">Erase the person responsible’s record</h2>
        <p>
          Only when they ask and your procedure allows it. Their record, notes and preparation sessions are deleted for
          good; the victim’s referral (with its joint sessions) stays as it is, and the audit trail keeps that it was
          done.
        </p>
        <AdminForm
          kind="erase"
          fields={ERASE_FIELDS}
          action={eraseResponsibleAction.bind(null, id)}
          submitLabel="Erase their record"
        />
      </section>
    </>
  );
}
