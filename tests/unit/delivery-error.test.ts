import { describeDeliveryError } from "@/lib/referrals/delivery/delivery-error";

describe("what is kept of a failed delivery", () => {
  it("keeps the kind of failure and the server's code", () => {
    const error = Object.assign(new Error("Mailbox unavailable"), { code: "EENVELOPE", responseCode: 550 });
    expect(describeDeliveryError(error)).toBe("EENVELOPE SMTP 550: Mailbox unavailable");
  });

  it("masks every address the mail server quotes back, however it is written", () => {
    const error = new Error('550 5.1.1 <jo.bloggs+rj@example.org>: user unknown; "sam@example.net", (kim@example.com)');
    const kept = describeDeliveryError(error);
    expect(kept).not.toMatch(/@/);
    expect(kept).toContain("<[address]>");
  });

  it("holds no control characters (a NUL cannot be stored in PostgreSQL) and no line breaks", () => {
    const error = Object.assign(new Error("bad\u0000reply\r\n  at Socket.<anonymous>\u001b[31m"), { code: "E\u0000PROTOCOL" });
    const kept = describeDeliveryError(error);
    expect(kept).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(kept).toBe("E PROTOCOL: bad reply   at Socket.<anonymous> [31m");
  });

  it("is short, and says nothing of things that are not errors", () => {
    expect(describeDeliveryError(new Error("x".repeat(1000))).length).toBeLessThanOrEqual(300);
    expect(describeDeliveryError("a string")).toBe("Unknown error");
  });
});
