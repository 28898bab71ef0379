import type { ReactNode } from "react";
import { formatDate, formatDateTime } from "@/lib/dates";
import type { FirstContactPromise } from "@/lib/env";
import { CONTACT_LABELS } from "@/lib/workspace/contact-labels";
import { contactCautions, type ContactWishes } from "@/lib/workspace/contact-wishes";
import { firstContactBadge, PROMISE_WORDS, type FirstContactFacts } from "@/lib/workspace/first-contact";
import type { NextStepView } from "@/lib/workspace/next-step";

type PersonFacts = {
  withdrawnAt: Date | null;
  erasureRequestedAt: Date | null;
  pausedUntil: Date | null;
  pauseReason: string | null;
  contactChangedAt: Date | null;
};

/** What the person did online, first: a withdrawal, a pause while it lasts, new contact details. */
export function PersonChanges({
  referral,
  isAdmin,
  children,
}: {
  referral: PersonFacts;
  isAdmin: boolean;
  children?: ReactNode;
}) {
  const notices: ReactNode[] = [];
  if (referral.withdrawnAt) {
    notices.push(
      <>
        Withdrawn by the person on {formatDateTime(referral.withdrawnAt)}. It cannot be reopened, assigned or contacted.
        {referral.erasureRequestedAt ? (
          <>
            {" "}
            They asked for what they told us to be deleted:{" "}
            {isAdmin ? (
              <a href="/staff/admin/subject-access">erase it from subject access</a>
            ) : (
              "an administrator will erase it"
            )}
            .
          </>
        ) : null}
      </>,
    );
  }
  if (referral.pausedUntil && referral.pausedUntil > new Date()) {
    notices.push(
      <>
        Paused by the person until {formatDate(referral.pausedUntil)}: do not contact them before then.
        {referral.pauseReason ? ` Their reason: ${referral.pauseReason}` : ""}
      </>,
    );
  }
  if (referral.contactChangedAt) {
    notices.push(
      <>
        How to contact them was changed by the person on {formatDateTime(referral.contactChangedAt)}. The details below
        are the new ones; the old ones are in the timeline.
      </>,
    );
  }
  if (notices.length === 0) return null;
  return (
    <div className="notification notification--person" role="region" aria-label="Changed by the person">
      {notices.map((notice, i) => (
        <p key={i}>{notice}</p>
      ))}
      {children}
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{label}</dt>
      <dd className="summary-list__value">{children}</dd>
    </div>
  );
}

/** The case at a glance: where it is, what is next and by when, who has it, first contact. */
export function CaseSummary({
  referral,
  promise,
  now,
  nextStep,
  paused,
  deliveryWords,
  statusWords,
}: {
  referral: FirstContactFacts & { createdAt: Date; assignedTo: { name: string } | null; closedAt: Date | null };
  promise: FirstContactPromise;
  now: Date;
  nextStep: NextStepView | null;
  paused: Date | null;
  deliveryWords: string;
  statusWords: string;
}) {
  const badge = firstContactBadge(referral, promise, now);
  const when = (at: Date | null) => (at ? formatDateTime(at) : "Not yet");
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">Summary</h2>
      <dl className="summary-list">
        <Row label="Status">{statusWords}</Row>
        <Row label="Next step">
          {nextStep ? (
            <>
              {nextStep.text}:{" "}
              {paused ? (
                `paused until ${formatDate(paused)}`
              ) : (
                <strong className={nextStep.overdue ? "tag tag--warning" : "tag"}>
                  {nextStep.dueToday ? "due today" : nextStep.overdue ? nextStep.dueWords : `due ${nextStep.dueWords}`}
                </strong>
              )}
            </>
          ) : (
            "None: the case is closed"
          )}
        </Row>
        <Row label="Assigned to">{referral.assignedTo?.name ?? "Nobody yet"}</Row>
        <Row label="Received">{formatDateTime(referral.createdAt)}</Row>
        <Row label="First contact">
          {referral.firstContactDueAt ? (
            <>
              Promised by {formatDate(referral.firstContactDueAt)} ({PROMISE_WORDS[promise]}).{" "}
            </>
          ) : null}
          {badge ? <strong className={badge.overdue ? "tag tag--warning" : "tag"}>{badge.text}</strong> : null}
          <br />
          First try by a way they chose: {when(referral.firstChosenAttemptAt)}
          <br />
          First spoken to: {when(referral.firstSpokenAt)}
        </Row>
        <Row label="Email to the provider">{deliveryWords}</Row>
      </dl>
    </section>
  );
}

/** How to contact them safely: what follows from their answers, then the answers themselves. */
export function ContactSafely({
  wishes,
  rows,
}: {
  wishes: ContactWishes;
  rows: Array<{ name: string; question: string; answer: string }>;
}) {
  const cautions = contactCautions(wishes);
  return (
    <section aria-labelledby="contact-safely-heading">
      <h2 id="contact-safely-heading">How to contact them safely</h2>
      <p>
        {wishes.chosen.length
          ? `Only by: ${wishes.chosen.map((c) => CONTACT_LABELS[c]!.toLowerCase()).join(", ")}.`
          : "They chose no way to be contacted."}
      </p>
      {cautions.length ? (
        <ul>
          {cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      ) : null}
      <AnswerRows rows={rows} />
    </section>
  );
}

/** A section's answers as a summary list, as the referral page shows every section. */
export function AnswerRows({ rows }: { rows: Array<{ name: string; question: string; answer: string }> }) {
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div className="summary-list__row" key={row.name}>
          <dt className="summary-list__key">{row.question}</dt>
          <dd className="summary-list__value">{row.answer}</dd>
        </div>
      ))}
    </dl>
  );
}
