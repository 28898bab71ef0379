import { PackOutcome, PackSessions } from "@/components/restorative/pack-sessions";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { formatDateTime } from "@/lib/dates";
import { subjectAccessBundle } from "@/lib/admin/subject-access";
import { clientAddress, requireStaffPage } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";
import { eraseFields } from "@/lib/admin/erase-fields";
import { eraseAction } from "../actions";

export const metadata: Metadata = { title: "Everything we hold about a referral" };

const ERASE_FIELDS = eraseFields({
  reasonHint:
    "For example, “Request from the person by phone, identity checked, 26 November 2026”. Kept in the audit trail",
  referenceLabel: "Type the reference to confirm",
});

const when = (iso: string | null) => (iso ? formatDateTime(new Date(iso)) : "–");

export default async function SubjectAccessBundlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const admin = await requireStaffPage(`/staff/admin/subject-access/${id}`, "subject-access.manage");
  const bundle = await subjectAccessBundle((await getDatabase()).prisma, admin, id, "page", await clientAddress());
  if (!bundle) notFound();
  const sections = [...new Set(bundle.answers.map((a) => a.section))];

  return (
    <>
      <AdminNav current="/staff/admin/subject-access" />
      <h1>Everything we hold about referral {bundle.reference}</h1>
      <p className="no-print">
        <a href={`/staff/admin/subject-access/${id}/json`} download>
          Download as JSON (machine-readable)
        </a>
        . To give it on paper, print this page: the forms are left out.
      </p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">Received</dt>
          <dd className="summary-list__value">{when(bundle.receivedAt)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Consent given</dt>
          <dd className="summary-list__value">
            {when(bundle.consent.givenAt)} (wording version {bundle.consent.wordingVersion})
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Status</dt>
          <dd className="summary-list__value">
            {bundle.case.status}
            {bundle.case.closureReason ? ` (${bundle.case.closureReason})` : ""}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">First contact attempt</dt>
          <dd className="summary-list__value">{when(bundle.case.firstContactAttemptAt)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">First try by a way they chose</dt>
          <dd className="summary-list__value">{when(bundle.case.firstTryByAWayTheyChoseAt)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">First spoken to</dt>
          <dd className="summary-list__value">{when(bundle.case.firstSpokenToAt)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Next step</dt>
          <dd className="summary-list__value">
            {bundle.case.nextStep ?? "None written"}
            {bundle.case.nextStepDue ? ` (due ${bundle.case.nextStepDue})` : ""}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Email to the provider</dt>
          <dd className="summary-list__value">
            {bundle.emails.toProvider.status}
            {bundle.emails.toProvider.sentAt ? `, ${when(bundle.emails.toProvider.sentAt)}` : ""}
          </dd>
        </div>
      </dl>
      {sections.map((section) => (
        <section key={section}>
          <h2>{section}</h2>
          <dl className="summary-list">
            {bundle.answers
              .filter((a) => a.section === section)
              .map((a, index) => (
                <div className="summary-list__row" key={`${a.question}-${index}`}>
                  <dt className="summary-list__key">{a.question}</dt>
                  <dd className="summary-list__value">{a.answer}</dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
      <PackSessions sessions={bundle.sessions} />
      <PackOutcome outcome={bundle.outcome} agreement={bundle.agreement} />
      <h2>How they said they felt</h2>
      {bundle.howYouFelt.length ? (
        <ol className="timeline">
          {bundle.howYouFelt.map((answer, index) => (
            <li key={index}>
              <strong>{answer.when}</strong>, {when(answer.answeredAt)}: afraid it will happen again{" "}
              {answer.afraidItWillHappenAgain ?? "not said"}, angry {answer.angry ?? "not said"}, coping{" "}
              {answer.coping ?? "not said"} (0 to 10)
              {answer.satisfaction
                ? `; satisfaction ${answer.satisfaction} of 5, would recommend: ${answer.wouldRecommend}`
                : ""}
              {answer.comment ? <p className="timeline__text">{answer.comment}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>Nothing recorded.</p>
      )}
      <h2>History</h2>
      {bundle.history.length === 0 ? (
        <p>Nothing has been recorded on this referral.</p>
      ) : (
        <ol className="timeline">
          {bundle.history.map((event, index) => (
            <li key={index}>
              <p>
                <strong>{event.what}</strong>
              </p>
              <p className="secondary">
                {event.by}, {when(event.at)}
              </p>
              {event.text ? <p className="timeline__text">{event.text}</p> : null}
            </li>
          ))}
        </ol>
      )}
      <section className="no-print" aria-labelledby="erase-heading">
        <h2 id="erase-heading">Erase this referral’s personal data</h2>
        <p>
          Only when the person asks and your procedure allows it. The answers, contact details and history are deleted
          for good; anonymous figures and the audit trail stay.
        </p>
        <AdminForm
          kind="erase"
          fields={ERASE_FIELDS}
          action={eraseAction.bind(null, id)}
          submitLabel="Erase personal data"
        />
      </section>
    </>
  );
}
