import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StaffNav } from "@/components/staff/staff-nav";
import { clientAddress, requireStaffPage } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";
import { summariseAnswers } from "@/lib/referrals/answers-summary";
import { STATUS_LABELS } from "@/lib/referrals/status-rules";
import { viewReferral } from "@/lib/workspace/referrals";
import { readTimeline } from "@/lib/workspace/timeline";
import { CasePanel } from "@/components/staff/case-panel";
import { addNoteAction, assignAction, changeStatusAction, contactAttemptAction, resendEmailAction, sensitiveAction } from "./actions";
import { Timeline } from "@/components/staff/timeline";
import { readAnswers } from "@/lib/referrals/read-answers";
import { formatDate, formatDateTime } from "@/lib/dates";
import { countOf } from "@/lib/plural";

export const metadata: Metadata = { title: "Referral" };

/** What the person did online, first: a withdrawal, a pause while it lasts, new contact details. */
function PersonChanges({ referral }: { referral: { withdrawnAt: Date | null; erasureRequestedAt: Date | null; pausedUntil: Date | null; pauseReason: string | null; contactChangedAt: Date | null } }) {
  const notices: string[] = [];
  if (referral.withdrawnAt) {
    notices.push(`Withdrawn by the person on ${formatDateTime(referral.withdrawnAt)}.${referral.erasureRequestedAt ? " They asked for what they told us to be deleted: an administrator will erase it (subject access)." : ""}`);
  }
  if (referral.pausedUntil && referral.pausedUntil > new Date()) {
    notices.push(`Paused by the person until ${formatDate(referral.pausedUntil)}: do not contact them before then.${referral.pauseReason ? ` Their reason: ${referral.pauseReason}` : ""}`);
  }
  if (referral.contactChangedAt) {
    notices.push(`How to contact them was changed by the person on ${formatDateTime(referral.contactChangedAt)}. The details below are the new ones; the old ones are in the timeline.`);
  }
  if (notices.length === 0) return null;
  return (
    <div className="notification notification--person" role="region" aria-label="Changed by the person">
      {notices.map((notice) => <p key={notice}>{notice}</p>)}
    </div>
  );
}

const DELIVERY: Record<string, string> = { PENDING: "Being sent", SENT: "Sent", FAILED: "Failed", NOT_REQUESTED: "Not asked for" };

export default async function ReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const staff = await requireStaffPage(`/staff/referrals/${id}`, "referral.read");
  const prisma = (await getDatabase()).prisma;
  const referral = await viewReferral(prisma, staff, id, await clientAddress());
  if (!referral) notFound();
  const [events, staffList] = await Promise.all([
    readTimeline(prisma, referral.id),
    prisma.staffUser.findMany({ where: { disabledAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const staffNames = new Map(staffList.map((s) => [s.id, s.name]));
  const all = summariseAnswers(readAnswers(referral), "staff");
  // How to contact the victim safely comes before anything else.
  const sections = [...all.filter((s) => s.step === "safe-contact"), ...all.filter((s) => s.step !== "safe-contact")];

  return (
    <>
      <StaffNav role={staff.role} current="/staff" />
      <p className="no-print"><a href="/staff" className="back-link">All referrals</a></p>
      <h1>Referral {referral.reference}</h1>
      {referral.sensitive ? <p><strong className="tag tag--warning">Sensitive</strong> Led by the victim: take particular care.</p> : null}
      <PersonChanges referral={referral} />
      <dl className="summary-list">
        <div className="summary-list__row"><dt className="summary-list__key">Status</dt><dd className="summary-list__value">{STATUS_LABELS[referral.status]}</dd></div>
        <div className="summary-list__row"><dt className="summary-list__key">Received</dt><dd className="summary-list__value">{formatDateTime(referral.createdAt)}</dd></div>
        <div className="summary-list__row"><dt className="summary-list__key">Assigned to</dt><dd className="summary-list__value">{referral.assignedTo?.name ?? "Nobody yet"}</dd></div>
        <div className="summary-list__row"><dt className="summary-list__key">Email to the provider</dt><dd className="summary-list__value">{DELIVERY[referral.providerEmailStatus]} ({countOf(referral.providerEmailAttempts, "attempt")})</dd></div>
      </dl>
      <p className="no-print secondary">To print this referral, use your browser’s Print command: the forms are left out.</p>
      {referral.providerEmailStatus === "FAILED" ? (
        <form action={resendEmailAction.bind(null, referral.id)} className="no-print">
          <p>The email to the provider could not be sent{referral.providerEmailLastError ? ` (${referral.providerEmailLastError})` : ""}.</p>
          <button type="submit" className="button">Send the email again</button>
        </form>
      ) : null}
      {sections.map((section) => (
        <section key={section.step} aria-labelledby={`s-${section.step}`}>
          <h2 id={`s-${section.step}`}>{section.title}</h2>
          <dl className="summary-list">
            {section.rows.map((row) => (
              <div className="summary-list__row" key={row.name}>
                <dt className="summary-list__key">{row.question}</dt>
                <dd className="summary-list__value">{row.answer}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <CasePanel
        actions={{
          status: changeStatusAction.bind(null, referral.id),
          assign: assignAction.bind(null, referral.id),
          note: addNoteAction.bind(null, referral.id),
          contact: contactAttemptAction.bind(null, referral.id),
          sensitive: sensitiveAction.bind(null, referral.id),
        }}
        version={referral.version}
        status={referral.status}
        sensitive={referral.sensitive}
        assignedToId={referral.assignedToId}
        staffList={staffList}
      />
      <Timeline events={events} staffNames={staffNames} />
    </>
  );
}
