import { REFERRER_MESSAGES as M, referrerSchemaFor, sameEmail } from "@/lib/referrals/referrer";
import { askedForByLine, contactRuleLine, referrerRows } from "@/lib/referrals/referrer-summary";

const schema = referrerSchemaFor(() => "2026-12-07");
const GOOD = {
  role: "victimSupport",
  name: "Sam Lee",
  organisation: "Victim Care Merseyside",
  email: "Sam.Lee@Example.org",
  phone: "",
  agreed: "yes",
  agreedHow: "phone",
  agreedOn: "2026-12-03",
  mayContactReferrer: "no",
  consent: "yes",
};

function errorsOf(values: Record<string, string>) {
  const parsed = schema.safeParse(values);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe("who is asking for someone else", () => {
  it("takes a professional's answers, with their email in lower case", () => {
    const parsed = schema.parse(GOOD);
    expect(parsed).toMatchObject({ role: "victimSupport", email: "sam.lee@example.org", agreed: true });
  });

  it("cannot be sent without the person's agreement, and says why", () => {
    expect(errorsOf({ ...GOOD, agreed: "" })).toEqual({ agreed: M.agreed });
    expect(M.agreed).toMatch(/they can ask for themselves/);
  });

  it("asks a professional for their organisation, a family member for none", () => {
    expect(errorsOf({ ...GOOD, organisation: "" })).toEqual({ organisation: M.organisation.required });
    const family = schema.parse({ ...GOOD, role: "familyFriend", organisation: "Ignored" });
    expect(family.organisation).toBeUndefined();
  });

  it("needs a way to reach the referrer, each in the right form", () => {
    expect(errorsOf({ ...GOOD, email: "", phone: "" })).toEqual({ email: M.emailOrPhone });
    expect(errorsOf({ ...GOOD, email: "not an email" })).toEqual({ email: M.email });
    expect(errorsOf({ ...GOOD, email: "", phone: "12" })).toEqual({ phone: M.phone });
    expect(errorsOf({ ...GOOD, email: "", phone: "0151 496 0000" })).toEqual({});
  });

  it("needs a real day of agreement, not in the future", () => {
    expect(errorsOf({ ...GOOD, agreedOn: "" })).toEqual({ agreedOn: M.agreedOn.required });
    expect(errorsOf({ ...GOOD, agreedOn: "2026-02-30" })).toEqual({ agreedOn: M.agreedOn.invalid });
    expect(errorsOf({ ...GOOD, agreedOn: "2026-12-08" })).toEqual({ agreedOn: M.agreedOn.future });
    expect(errorsOf({ ...GOOD, agreedOn: "2026-12-07" })).toEqual({});
  });

  it("names every unanswered question at once", () => {
    expect(Object.keys(errorsOf({})).sort()).toEqual(
      ["agreed", "agreedHow", "agreedOn", "consent", "email", "mayContactReferrer", "name", "role"].sort(),
    );
  });

  it("questions a referrer's email given as the person's, whatever its case and spaces", () => {
    expect(sameEmail({ email: "sam.lee@example.org" }, " SAM.LEE@example.org ")).toBe(true);
    expect(sameEmail({ email: "sam.lee@example.org" }, "them@example.org")).toBe(false);
    expect(sameEmail({ email: undefined }, "them@example.org")).toBe(false);
    expect(sameEmail(undefined, "them@example.org")).toBe(false);
  });

  it("tells staff who asked, how the person agreed, and who to contact", () => {
    const r = schema.parse(GOOD);
    expect(askedForByLine(r)).toBe(
      "Asked for by Sam Lee (Victim support service, Victim Care Merseyside) with the person’s agreement (by phone, on 3 Dec 2026)",
    );
    expect(contactRuleLine(r)).toMatch(/^Contact the person, not the referrer/);
    expect(contactRuleLine({ ...r, mayContactReferrer: "yes" })).toMatch(/may also talk to the referrer/);
    expect(referrerRows({ ...r, role: "familyFriend" }).map((row) => row.name)).not.toContain("organisation");
  });
});
