import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StaffNav } from "@/components/staff/staff-nav";
import { clientAddress, requireStaffPage } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { summariseAnswers } from "@/lib/referrals/answers-summary";
import { STATUS_LABELS } from "@/lib/referrals/status-rules";
import { viewReferral } from "@/lib/workspace/referrals";
import { mayOpenRecord } from "@/lib/restorative/need-to-know";
import { readTimeline } from "@/lib/workspace/timeline";
import { CasePanel } from "@/components/staff/case-panel";
import { AnswerRows, CaseSummary, ContactSafely, PersonChanges } from "@/components/staff/case-summary";
import {
  addNoteAction,
  assignAction,
  assignToMeAction,
  changeStatusAction,
  contactAttemptAction,
  markSeenAction,
  nextStepAction,
  resendEmailAction,
  sensitiveAction,
  unassignAction,
} from "./actions";
import { Timeline } from "@/components/staff/timeline";
import { readAnswers } from "@/lib/referrals/read-answers";
import { formatDate, ukDay } from "@/lib/dates";
import { countOf } from "@/lib/plural";
import { contactWishes, sensitiveBecause } from "@/lib/workspace/contact-wishes";
import { AskedForBy } from "@/components/staff/asked-for-by";
import { askedInLine, NOT_ASKED_YET, SHORT_REQUEST_NOTE } from "@/lib/referrals/asked-in";
import { describeNextStep } from "@/lib/workspace/next-step";
import { doneMessage, isDoneCode } from "@/lib/workspace/case-done";
import { ERRORS, type AppErrorCode } from "@/lib/errors/messages";

export const metadata: Metadata = { title: "Referral" };

const DELIVERY: Record<string, string> = {
  PENDING: "Being sent",
  SENT: "Sent",
  FAILED: "Failed",
  NOT_REQUESTED: "Not asked for",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReferralPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const staff = await requireStaffPage(`/staff/referrals/${id}`, "referral.read");
  const prisma = (await getDatabase()).prisma;
  const referral = await viewReferral(prisma, staff, id, await clientAddress());
  if (!referral) notFound();
  const [events, staffList] = await Promise.all([
    readTimeline(prisma, referral.id),
    prisma.staffUser.findMany({
      where: { disabledAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const promise = env().firstContactPromise;
  const now = new Date();
  const staffNames = new Map(staffList.map((s) => [s.id, s.name]));
  const wishes = contactWishes(referral.answers);
  const nextStep = describeNextStep(referral, promise, now);
  const all = summariseAnswers(readAnswers(referral), "staff");
  // How to contact the person safely is at the top, with the summary; the other answers follow the forms.
  const safeContactRows = all.find((s) => s.step === "safe-contact")?.rows ?? [];
  const sections = all.filter((s) => s.step !== "safe-contact");
  const paused = referral.pausedUntil && referral.pausedUntil > now ? referral.pausedUntil : null;
  const withdrawn = referral.withdrawnAt !== null;
  const done = isDoneCode(query.done)
    ? doneMessage(query.done, {
        status: referral.status,
        assignedToName: referral.assignedTo?.name ?? null,
        sensitive: referral.sensitive,
        nextStepWords: nextStep ? `${nextStep.text}, due ${nextStep.dueWords}` : null,
      })
    : null;
  const refusedCode =
    typeof query.refused === "string" && Object.hasOwn(ERRORS, query.refused) ? (query.refused as AppErrorCode) : null;
  const sensitiveWords = sensitiveBecause(referral);

  return (
    <>
      <StaffNav role={staff.role} current="/staff" />
      <p className="no-print">
        <a href="/staff" className="back-link">
          All referrals
        </a>
      </p>
      <h1 id="top">Referral {referral.reference}</h1>
      {done ? (
        <div className="notification notification--success no-print" role="status">
          <p>{done}</p>
        </div>
      ) : null}
      {refusedCode ? (
        <div className="notification notification--person no-print" role="alert">
          <p>
            {ERRORS[refusedCode].message.replace(
              "{when}",
              referral.withdrawnAt ? formatDate(referral.withdrawnAt) : "",
            )}
          </p>
        </div>
      ) : null}
      {referral.askedIn ? (
        <div className="notification notification--person" role="region" aria-labelledby="asked-in">
          <h2 id="asked-in">{askedInLine(referral.askedIn)}</h2>
          <p>{SHORT_REQUEST_NOTE}</p>
        </div>
      ) : null}
      {referral.referrer ? <AskedForBy referrer={referral.referrer} /> : null}
      {sensitiveWords ? (
        <p>
          <strong className="tag tag--warning">Sensitive</strong> {sensitiveWords}
        </p>
      ) : null}
      <PersonChanges referral={referral} isAdmin={staff.role === "ADMIN"}>
        {referral.personChangeUnseenAt ? (
          <form action={markSeenAction.bind(null, referral.id)} className="no-print">
            <input type="hidden" name="version" value={String(referral.version)} />
            <button type="submit" className="button button--secondary">
              Mark as seen
            </button>
          </form>
        ) : null}
      </PersonChanges>
      {mayOpenRecord(staff, referral) ? (
        <p className="no-print">
          <a href={`/staff/referrals/${referral.id}/person-responsible`}>The person responsible’s record</a> (kept apart
          from the victim’s), <a href={`/staff/referrals/${referral.id}/sessions`}>Sessions</a> and{" "}
          <a href={`/staff/referrals/${referral.id}/outcome`}>Outcome and agreement</a>: for you and administrators only
        </p>
      ) : null}
      <p className="no-print">
        <a href={`/staff/referrals/${referral.id}/wellbeing`}>How they feel</a>: at the start and after the case, as
        they tell you by phone (optional)
      </p>
      <nav aria-label="On this page" className="no-print">
        <ul className="footer-links">
          <li>
            <a href="#summary-heading">Summary</a>
          </li>
          <li>
            <a href="#contact-safely-heading">How to contact them safely</a>
          </li>
          <li>
            <a href="#work-heading">Work on this case</a>
          </li>
          {sections.map((s) => (
            <li key={s.step}>
              <a href={`#s-${s.step}`}>{s.title}</a>
            </li>
          ))}
          <li>
            <a href="#timeline-heading">Timeline</a>
          </li>
        </ul>
      </nav>
      <CaseSummary
        referral={referral}
        promise={promise}
        now={now}
        nextStep={nextStep}
        paused={paused}
        deliveryWords={`${DELIVERY[referral.providerEmailStatus]} (${countOf(referral.providerEmailAttempts, "attempt")})`}
        statusWords={STATUS_LABELS[referral.status]}
      />
      <ContactSafely wishes={wishes} rows={safeContactRows} />
      <p className="no-print secondary">
        To print this referral, use your browser’s Print command: the forms are left out.
      </p>
      {referral.providerEmailStatus === "FAILED" ? (
        <form action={resendEmailAction.bind(null, referral.id)} className="no-print">
          <p>
            The email to the provider could not be sent
            {referral.providerEmailLastError ? ` (${referral.providerEmailLastError})` : ""}.
          </p>
          <button type="submit" className="button">
            Send the email again
          </button>
        </form>
      ) : null}
      {referral.erasureRequestedAt ? (
        <section aria-labelledby="work-heading" className="no-print" id="work">
          <h2 id="work-heading">Work on this case</h2>
          <p>
            The person withdrew this request and asked for what they told us to be deleted. The only action left is the
            erasure, by an administrator
            {staff.role === "ADMIN" ? (
              <>
                : <a href={`/staff/admin/subject-access/${referral.id}`}>erase it from subject access</a>
              </>
            ) : (
              ""
            )}
            .
          </p>
        </section>
      ) : (
        <CasePanel
          // Fresh forms after each change made here (its version is in the address), so no error from an
          // earlier form is left on screen; a refusal keeps the address, so its form keeps what was typed.
          key={typeof query.v === "string" ? query.v : "page"}
          actions={{
            status: changeStatusAction.bind(null, referral.id),
            assign: assignAction.bind(null, referral.id),
            note: addNoteAction.bind(null, referral.id),
            contact: contactAttemptAction.bind(null, referral.id),
            sensitive: sensitiveAction.bind(null, referral.id),
            nextStep: nextStepAction.bind(null, referral.id),
            unassign: unassignAction.bind(null, referral.id),
            assignToMe: assignToMeAction.bind(null, referral.id),
          }}
          version={referral.version}
          status={referral.status}
          sensitive={referral.sensitive}
          assignedToId={referral.assignedToId}
          myId={staff.userId}
          staffList={staffList}
          wishes={wishes}
          limits={{ withdrawn, pausedUntilWords: paused ? formatDate(paused) : null }}
          nextStep={nextStep}
          today={ukDay(now)}
        />
      )}
      {sections.map((section) => (
        <section key={section.step} aria-labelledby={`s-${section.step}`}>
          <h2 id={`s-${section.step}`}>{section.title}</h2>
          {section.rows.length === 0 && referral.askedIn ? <p>{NOT_ASKED_YET}</p> : <AnswerRows rows={section.rows} />}
        </section>
      ))}
      <Timeline events={events} staffNames={staffNames} />
    </>
  );
}
