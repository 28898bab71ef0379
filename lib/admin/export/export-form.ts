/** The export form's questions, shared by the page that shows it and nothing else that could drift. */
import type { Field } from "@/lib/referrals/form-fields";
import { STATUSES, STATUS_LABELS } from "@/lib/referrals/status-rules";

export const EXPORT_FIELDS: Field[] = [
  {
    kind: "text",
    name: "from",
    label: "Received from",
    type: "date",
    optional: true,
    width: "10",
    maxLength: 10,
    hint: "For example, 2026-01-01. Leave empty to start from the first referral",
  },
  {
    kind: "text",
    name: "to",
    label: "Received to",
    type: "date",
    optional: true,
    width: "10",
    maxLength: 10,
    hint: "Including this day. Leave empty to go up to today",
  },
  {
    kind: "checkboxes",
    name: "status",
    label: "Statuses",
    optional: true,
    hint: "Leave all empty to include every status",
    options: STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
  },
  {
    kind: "radios",
    name: "mode",
    label: "What to include",
    options: [
      {
        value: "minimised",
        label: "Minimised (recommended)",
        hint: "No names, contact details, free text or who the case is assigned to",
      },
      {
        value: "full",
        label: "Full",
        hint: "Names, contact details and everything the person told us. Keep the file safe and delete it when done",
      },
    ],
  },
  {
    // Not marked "(optional)": a full export is refused without it. The label says when it is needed.
    kind: "textarea",
    name: "reason",
    label: "Reason for a full export",
    rows: 3,
    maxLength: 500,
    hint: "Needed for a full export; leave empty for a minimised one. It is kept in the audit trail with your name and the number of rows",
  },
];
