/**
 * The case workflow for staff (issue 4): which status a referral may move to,
 * and what each move needs. Pure rules, no database, so the workspace, its
 * server actions and the tests all ask the same question the same way.
 *
 *   NEW → CONTACTING → ASSESSING → IN_PROGRESS → CLOSED
 *
 * A case can step back one stage (ASSESSING → CONTACTING, IN_PROGRESS →
 * ASSESSING) when things change, be closed from any open stage with a reason,
 * and be reopened (to CONTACTING) with a reason. A sensitive case can only be
 * closed by an administrator.
 */
export const STATUSES = ["NEW", "CONTACTING", "ASSESSING", "IN_PROGRESS", "CLOSED"] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, string> = {
  NEW: "New",
  CONTACTING: "Contacting",
  ASSESSING: "Assessing",
  IN_PROGRESS: "In progress",
  CLOSED: "Closed",
};

export const CLOSURE_REASONS = [
  { value: "completed", label: "Completed" },
  { value: "victimWithdrew", label: "Victim withdrew" },
  { value: "otherPartyUnwilling", label: "Other party unwilling" },
  { value: "unsuitable", label: "Unsuitable" },
  { value: "unableToContact", label: "Unable to contact" },
  { value: "notEligible", label: "Not eligible" },
  { value: "other", label: "Other" },
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number]["value"];

/** Set only by the person withdrawing online ("Manage your request"), never chosen by staff: counted apart in the figures. */
export const WITHDRAWN_BY_PERSON = { value: "withdrawnByPerson", label: "Withdrawn by the person" } as const;

/** Every closure reason a referral can have, for showing and counting. */
export const ALL_CLOSURE_REASONS = [...CLOSURE_REASONS, WITHDRAWN_BY_PERSON] as const;

const NEXT: Record<Status, readonly Status[]> = {
  NEW: ["CONTACTING", "CLOSED"],
  CONTACTING: ["ASSESSING", "CLOSED"],
  ASSESSING: ["IN_PROGRESS", "CONTACTING", "CLOSED"],
  IN_PROGRESS: ["ASSESSING", "CLOSED"],
  CLOSED: ["CONTACTING"],
};

export type Role = "staff" | "admin";

export type TransitionRequest = {
  from: Status;
  to: Status;
  role: Role;
  sensitive: boolean;
  closureReason?: string;
  /** Why: required to reopen, and to close for "other". */
  note?: string;
};

export type TransitionRefusal =
  "same-status" | "not-allowed" | "closure-reason-required" | "note-required" | "admin-required";

/** A refusal is a code; its words are in lib/errors/messages.ts ("status.<refusal>"). */
export type TransitionResult = { ok: true; reopening: boolean } | { ok: false; refusal: TransitionRefusal };

function refuse(refusal: TransitionRefusal): TransitionResult {
  return { ok: false, refusal };
}

export function allowedNextStatuses(from: Status): readonly Status[] {
  return NEXT[from];
}

export function isClosureReason(value: unknown): value is ClosureReason {
  return CLOSURE_REASONS.some((reason) => reason.value === value);
}

export function checkTransition(request: TransitionRequest): TransitionResult {
  const { from, to } = request;
  if (from === to) return refuse("same-status");
  if (!NEXT[from].includes(to)) return refuse("not-allowed");
  const note = request.note?.trim() ?? "";
  if (to === "CLOSED") {
    if (!isClosureReason(request.closureReason)) return refuse("closure-reason-required");
    if (request.closureReason === "other" && note === "") return refuse("note-required");
    if (request.sensitive && request.role !== "admin") return refuse("admin-required");
  }
  const reopening = from === "CLOSED";
  if (reopening && note === "") return refuse("note-required");
  return { ok: true, reopening };
}
