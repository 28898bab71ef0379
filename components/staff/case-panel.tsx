import { CaseForm } from "@/components/staff/case-form";
import type { Field } from "@/lib/referrals/form-fields";
import { allowedNextStatuses, CLOSURE_REASONS, STATUS_LABELS, type Status } from "@/lib/referrals/status-rules";
import { CONTACT_CHANNELS, CONTACT_LABELS, CONTACT_OUTCOMES } from "@/lib/workspace/add-note";
import type { StepAction } from "@/components/form/step-form";

/** The case actions, bound to this referral by the page (components never import from app/). */
export type CaseActions = Record<"status" | "assign" | "note" | "contact" | "sensitive", StepAction>;

type Props = {
  version: number;
  status: Status;
  sensitive: boolean;
  assignedToId: string | null;
  staffList: Array<{ id: string; name: string }>;
  actions: CaseActions;
};

/** The forms for working a case. Each posts to its own server action, with the version the page showed. */
export function CasePanel({ version, status, sensitive, assignedToId, staffList, actions }: Props) {
  const statusFields: Field[] = [
    {
      kind: "radios", name: "to", label: "Move to",
      options: allowedNextStatuses(status).map((to) => ({
        value: to,
        label: status === "CLOSED" ? `Reopen: ${STATUS_LABELS[to]}` : STATUS_LABELS[to],
        reveals: to === "CLOSED" ? [{ kind: "radios", name: "closureReason", label: "Why is it being closed?", options: CLOSURE_REASONS }] : undefined,
      })),
    },
    { kind: "textarea", name: "statusReason", label: "Reason", optional: true, hint: "Needed to reopen a case, or to close it for “Other”", rows: 2, maxLength: 2000 },
  ];
  const assignFields: Field[] = [
    {
      kind: "radios", name: "assigneeId", label: assignedToId ? "Reassign to" : "Assign to",
      options: staffList.filter((s) => s.id !== assignedToId).map((s) => ({ value: s.id, label: s.name })),
    },
    { kind: "textarea", name: "assignReason", label: "Reason", optional: true, hint: "Needed when reassigning", rows: 2, maxLength: 1000 },
  ];
  const noteFields: Field[] = [{ kind: "textarea", name: "text", label: "Note", rows: 4, maxLength: 5000 }];
  const contactFields: Field[] = [
    { kind: "radios", name: "channel", label: "How did you try to make contact?", options: CONTACT_CHANNELS.map((v) => ({ value: v, label: CONTACT_LABELS[v]! })) },
    { kind: "radios", name: "outcome", label: "What happened?", options: CONTACT_OUTCOMES.map((v) => ({ value: v, label: CONTACT_LABELS[v]! })) },
    { kind: "textarea", name: "contactNote", label: "Note", optional: true, rows: 2, maxLength: 1000 },
  ];
  const sensitiveFields: Field[] = [
    { kind: "checkbox", name: "sensitive", label: "Sensitive", checkboxLabel: sensitive ? "Keep marked as sensitive (untick to remove, administrators only)" : "Mark as a sensitive case" },
    { kind: "textarea", name: "sensitiveReason", label: "Reason", optional: true, rows: 2, maxLength: 1000 },
  ];

  return (
    <section aria-labelledby="work-heading" className="no-print">
      <h2 id="work-heading">Work on this case</h2>
      <h3>Status</h3>
      <CaseForm kind="status" fields={statusFields} action={actions.status} version={version} submitLabel="Change status" />
      <h3>Assignment</h3>
      <CaseForm kind="assign" fields={assignFields} action={actions.assign} version={version} submitLabel={assignedToId ? "Reassign" : "Assign"} />
      <h3>Contact attempt</h3>
      <CaseForm kind="contact" fields={contactFields} action={actions.contact} version={version} submitLabel="Record contact attempt" />
      <h3>Case note</h3>
      <CaseForm kind="note" fields={noteFields} action={actions.note} version={version} submitLabel="Add note" />
      <h3>Sensitive case</h3>
      <CaseForm kind="sensitive" fields={sensitiveFields} action={actions.sensitive} version={version} submitLabel="Save" />
    </section>
  );
}
