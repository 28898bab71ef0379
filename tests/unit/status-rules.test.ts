import { ERRORS } from "@/lib/errors/messages";
import {
  allowedNextStatuses,
  checkTransition,
  STATUSES,
  type Status,
  type TransitionRequest,
} from "@/lib/referrals/status-rules";

const base = (from: Status, to: Status, extra: Partial<TransitionRequest> = {}): TransitionRequest => ({
  from,
  to,
  role: "staff",
  sensitive: false,
  ...extra,
});

describe("the case workflow", () => {
  it.each([
    ["NEW", "CONTACTING"],
    ["CONTACTING", "ASSESSING"],
    ["ASSESSING", "IN_PROGRESS"],
    ["ASSESSING", "CONTACTING"],
    ["IN_PROGRESS", "ASSESSING"],
  ] as const)("moves %s → %s", (from, to) => {
    expect(checkTransition(base(from, to))).toEqual({ ok: true, reopening: false });
  });

  it.each([
    ["NEW", "ASSESSING"],
    ["NEW", "IN_PROGRESS"],
    ["CONTACTING", "IN_PROGRESS"],
    ["CONTACTING", "NEW"],
    ["IN_PROGRESS", "NEW"],
    ["CLOSED", "IN_PROGRESS"],
  ] as const)("refuses %s → %s", (from, to) => {
    expect(checkTransition(base(from, to))).toMatchObject({ ok: false, refusal: "not-allowed" });
  });

  it("refuses a move to the same status", () => {
    for (const status of STATUSES)
      expect(checkTransition(base(status, status))).toMatchObject({ ok: false, refusal: "same-status" });
  });

  it("closes from every open status, only with a reason", () => {
    for (const from of STATUSES.filter((s) => s !== "CLOSED")) {
      expect(allowedNextStatuses(from)).toContain("CLOSED");
      expect(checkTransition(base(from, "CLOSED"))).toMatchObject({ ok: false, refusal: "closure-reason-required" });
      expect(checkTransition(base(from, "CLOSED", { closureReason: "made-up" }))).toMatchObject({
        ok: false,
        refusal: "closure-reason-required",
      });
      expect(checkTransition(base(from, "CLOSED", { closureReason: "completed" }))).toEqual({
        ok: true,
        reopening: false,
      });
    }
  });

  it("needs words for the reason 'other'", () => {
    expect(checkTransition(base("NEW", "CLOSED", { closureReason: "other", note: "  " }))).toMatchObject({
      ok: false,
      refusal: "note-required",
    });
    expect(checkTransition(base("NEW", "CLOSED", { closureReason: "other", note: "Duplicate request" }))).toMatchObject(
      { ok: true },
    );
  });

  it("lets only an administrator close a sensitive case", () => {
    const request = base("ASSESSING", "CLOSED", { closureReason: "victimWithdrew", sensitive: true });
    expect(checkTransition(request)).toEqual({ ok: false, refusal: "admin-required" });
    // Its words are in the one messages module, by code.
    expect(ERRORS["status.admin-required"].message).toBe("Only an administrator can close a sensitive case");
    expect(checkTransition({ ...request, role: "admin" })).toEqual({ ok: true, reopening: false });
    // Other moves on a sensitive case are for any staff member.
    expect(checkTransition(base("NEW", "CONTACTING", { sensitive: true }))).toMatchObject({ ok: true });
  });

  it("reopens a closed case to Contacting, only with a reason", () => {
    expect(checkTransition(base("CLOSED", "CONTACTING"))).toMatchObject({ ok: false, refusal: "note-required" });
    expect(checkTransition(base("CLOSED", "CONTACTING", { note: "Victim got back in touch" }))).toEqual({
      ok: true,
      reopening: true,
    });
  });
});
