import { describeDeliveryError } from "@/lib/email/delivery-error";

describe("what is kept of a failed delivery", () => {
  it("keeps a failure on our side, with its code", () => {
    const error = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:2525"), { code: "ESOCKET" });
    expect(describeDeliveryError(error)).toBe("ESOCKET: connect ECONNREFUSED 127.0.0.1:2525");
  });

  it("keeps only the codes of a mail server's refusal, never its words (they may name the person)", () => {
    const error = Object.assign(
      new Error(
        "Can't send mail - all recipients were rejected: 550 5.1.1 <jo.bloggs@example.org> (Jo Bloggs): user unknown",
      ),
      {
        code: "EENVELOPE",
        responseCode: 550,
        response: "550 5.1.1 <jo.bloggs@example.org> (Jo Bloggs): user unknown",
      },
    );
    const kept = describeDeliveryError(error);
    expect(kept).toMatch(/^EENVELOPE SMTP 550 5\.1\.1: the mail server refused it/);
    expect(kept).not.toMatch(/@|Jo Bloggs|jo\.bloggs/);
  });

  it("masks any address in a failure on our side", () => {
    expect(describeDeliveryError(new Error('no route for "sam@example.net"'))).toBe('Error: no route for "[address]"');
  });

  it("holds no control characters (a NUL cannot be stored in PostgreSQL) and no line breaks", () => {
    const error = Object.assign(new Error("bad\u0000reply\r\n  at Socket.<anonymous>\u001b[31m"), {
      code: "E\u0000PROTOCOL",
    });
    const kept = describeDeliveryError(error);
    expect(kept).not.toMatch(new RegExp("[\\u0000-\\u001f\\u007f]"));
    expect(kept).toBe("E PROTOCOL: bad reply   at Socket.<anonymous> [31m");
  });

  it("is short, and says nothing of things that are not errors", () => {
    expect(describeDeliveryError(new Error("x".repeat(1000))).length).toBeLessThanOrEqual(300);
    expect(describeDeliveryError("a string")).toBe("Unknown error");
  });
});
