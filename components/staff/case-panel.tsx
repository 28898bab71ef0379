import { CaseForm } from "@/components/staff/case-form";
import type { Field } from "@/lib/referrals/form-fields";
import { allowedNextStatuses, CLOSURE_REASONS, STATUS_LABELS, type Status } from "@/lib/referrals/status-rules";
import { CONTACT_CHANNELS, CONTACT_LABELS, CONTACT_OUTCOMES } from "@/lib/workspace/contact-labels";
import type { ContactWishes } from "@/lib/workspace/contact-wishes";
import type { StepAction } from "@/components/form/step-form";

/** The case actions, bound to this referral by the page (components never import from app/). */
export type CaseActions = Record<
  "status" | "assign" | "note" | "contact" | "sensitive" | "nextStep" | "unassign",
  StepAction
> & {
  assignToMe: (formData: FormData) => Promise<void>;
};

type Props = {
  version: number;
  status: Status;
  sensitive: boolean;
  assignedToId: string | null;
  myId: string;
  staffList: Array<{ id: string; name: string }>;
  actions: CaseActions;
  wishes: ContactWishes;
  /** What the person did that limits the forms: withdrawn (only a note), or paused until a date (no contact). */
  limits: { withdrawn: boolean; pausedUntilWords: string | null };
  nextStep: { text: string; dueWords: string } | null;
  today: string;
};

const MESSAGE_WORDS = {
  yes: "a message may be left",
  no: "do not leave a message",
  notSure: "they are not sure a message is safe: do not leave one",
} as const;

/** The channel question: the person's own choices first, the others marked as needing a reason. */
function contactFields(wishes: ContactWishes): Field[] {
  const ordered = [...wishes.chosen, ...CONTACT_CHANNELS.filter((c) => !wishes.chosen.includes(c))];
  const hint = [
    wishes.chosen.length
      ? `They chose: ${wishes.chosen.map((c) => CONTACT_LABELS[c]!.toLowerCase()).join(", ")}.`
      : "They chose no way to be contacted.",
    wishes.safeTimes ? `Safe times: ${wishes.safeTimes}.` : null,
    wishes.messageSafe ? `Messages: ${MESSAGE_WORDS[wishes.messageSafe]}.` : null,
  ]
    .filter(Boolean)
    .join(" ");
  return [
    {
      kind: "radios",
      name: "channel",
      label: "How did you try to make contact?",
      hint,
      options: ordered.map((v) => ({
        value: v,
        label: CONTACT_LABELS[v]!,
        hint: wishes.chosen.includes(v) ? "A way they chose" : "Not a way they chose: say why below",
      })),
    },
    {
      kind: "radios",
      name: "outcome",
      label: "What happened?",
      options: CONTACT_OUTCOMES.map((v) => ({ value: v, label: CONTACT_LABELS[v]! })),
    },
    {
      kind: "textarea",
      name: "otherChannelReason",
      label: "Why you used a way they did not choose",
      optional: true,
      rows: 2,
      maxLength: 500,
      hint: "Needed only then. For example, their phone number no longer works, so you tried the email they also gave",
    },
    { kind: "textarea", name: "contactNote", label: "Note", optional: true, rows: 2, maxLength: 1000 },
  ];
}

/** The forms for working a case. Each posts to its own server action, with the version the page showed. */
export function CasePanel({
  version,
  status,
  sensitive,
  assignedToId,
  myId,
  staffList,
  actions,
  wishes,
  limits,
  nextStep,
  today,
}: Props) {
  const statusFields: Field[] = [
    {
      kind: "radios",
      name: "to",
      label: "Move to",
      options: allowedNextStatuses(status).map((to) => ({
        value: to,
        label: status === "CLOSED" ? `Reopen: ${STATUS_LABELS[to]}` : STATUS_LABELS[to],
        reveals:
          to === "CLOSED"
            ? [{ kind: "radios", name: "closureReason", label: "Why is it being closed?", options: CLOSURE_REASONS }]
            : undefined,
      })),
    },
    {
      kind: "textarea",
      name: "statusReason",
      label: "Reason",
      optional: true,
      hint: "Needed to reopen a case, or to close it for “Other”",
      rows: 2,
      maxLength: 2000,
    },
  ];
  const assignFields: Field[] = [
    {
      kind: "radios",
      name: "assigneeId",
      label: assignedToId ? "Reassign to" : "Assign to",
      options: staffList.filter((s) => s.id !== assignedToId).map((s) => ({ value: s.id, label: s.name })),
    },
    {
      kind: "textarea",
      name: "assignReason",
      label: "Reason",
      optional: true,
      hint: "Needed when reassigning",
      rows: 2,
      maxLength: 1000,
    },
  ];
  const unassignFields: Field[] = [
    {
      kind: "textarea",
      name: "unassignReason",
      label: "Why is it going back to New?",
      hint: "For example, you are on leave from tomorrow",
      rows: 2,
      maxLength: 1000,
    },
  ];
  const nextStepFields: Field[] = [
    {
      kind: "text",
      name: "nextStep",
      label: "What is the next step?",
      hint: "For example, phone them after 6pm to talk about a meeting",
      maxLength: 200,
    },
    {
      kind: "text",
      type: "date",
      name: "nextStepDue",
      label: "When is it due?",
      hint: `Today or later, for example ${today}`,
      width: "10",
      maxLength: 10,
    },
  ];
  const noteFields: Field[] = [{ kind: "textarea", name: "text", label: "Note", rows: 4, maxLength: 5000 }];
  const sensitiveFields: Field[] = [
    {
      kind: "checkbox",
      name: "sensitive",
      label: "Sensitive",
      checkboxLabel: sensitive
        ? "Keep marked as sensitive (untick to remove, administrators only)"
        : "Mark as a sensitive case",
    },
    { kind: "textarea", name: "sensitiveReason", label: "Reason", optional: true, rows: 2, maxLength: 1000 },
  ];

  if (limits.withdrawn) {
    return (
      <section aria-labelledby="work-heading" className="no-print" id="work">
        <h2 id="work-heading">Work on this case</h2>
        <p>
          The person withdrew this request themselves, so it cannot be reopened, assigned or contacted. You can still
          add a note.
        </p>
        <h3>Case note</h3>
        <CaseForm kind="note" fields={noteFields} action={actions.note} version={version} submitLabel="Add note" />
      </section>
    );
  }
  const open = status !== "CLOSED";
  return (
    <section aria-labelledby="work-heading" className="no-print" id="work">
      <h2 id="work-heading">Work on this case</h2>
      {open ? (
        <>
          <h3 id="next-step">Next step</h3>
          {nextStep ? (
            <p>
              Now: {nextStep.text} (due: {nextStep.dueWords}).
            </p>
          ) : null}
          <CaseForm
            kind="nextStep"
            fields={nextStepFields}
            action={actions.nextStep}
            version={version}
            submitLabel="Save next step"
          />
          <h3 id="contact">Contact attempt</h3>
          {limits.pausedUntilWords ? (
            <p>
              Paused by the person until {limits.pausedUntilWords}: contact attempts cannot be recorded before then.
            </p>
          ) : (
            <CaseForm
              kind="contact"
              fields={contactFields(wishes)}
              action={actions.contact}
              version={version}
              submitLabel="Record contact attempt"
            />
          )}
        </>
      ) : null}
      <h3 id="status">Status</h3>
      <CaseForm
        kind="status"
        fields={statusFields}
        action={actions.status}
        version={version}
        submitLabel="Change status"
      />
      <h3 id="assignment">Assignment</h3>
      {open && assignedToId !== myId && !assignedToId ? (
        <form action={actions.assignToMe}>
          <input type="hidden" name="version" value={String(version)} />
          <button type="submit" className="button button--secondary">
            Assign to me
          </button>
        </form>
      ) : null}
      <CaseForm
        kind="assign"
        fields={assignFields}
        action={actions.assign}
        version={version}
        submitLabel={assignedToId ? "Reassign" : "Assign to someone"}
      />
      {assignedToId ? (
        <>
          <h4>Put back in New</h4>
          <CaseForm
            kind="unassign"
            fields={unassignFields}
            action={actions.unassign}
            version={version}
            submitLabel="Unassign"
          />
        </>
      ) : null}
      <h3 id="note">Case note</h3>
      <CaseForm kind="note" fields={noteFields} action={actions.note} version={version} submitLabel="Add note" />
      <h3 id="sensitive">Sensitive case</h3>
      <CaseForm
        kind="sensitive"
        fields={sensitiveFields}
        action={actions.sensitive}
        version={version}
        submitLabel="Save"
      />
    </section>
  );
}
