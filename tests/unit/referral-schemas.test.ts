import {
  aboutYouSchema,
  consentSchema,
  personResponsibleSchema,
  referralAnswersSchema,
  safeContactSchema,
  supportSchema,
  whatHappenedSchemaFor,
  wishesSchema,
} from "@/lib/referrals/schema";
import { MESSAGES as M } from "@/lib/referrals/messages";
import { CONTROL_CHARACTERS_MESSAGE } from "@/lib/forms/schema-helpers";
import type { z } from "zod";

/** The first message for each field, as the error summary shows them. */
function errorsOf(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}

const long = (n: number) => "x".repeat(n);

describe("consent", () => {
  it.each([["yes"], ["on"], [true]])("is given by ticking the box (%s)", (value) => {
    expect(consentSchema.parse({ consent: value })).toEqual({ consent: true });
  });
  it.each([[undefined], [""], ["no"], [false]])("is required (%s)", (value) => {
    expect(errorsOf(consentSchema, { consent: value })).toEqual({ consent: M.consent });
  });
});

describe("about you", () => {
  const valid = { fullName: "  Siobhán O’Neill-Ng  ", preferredName: "", over18: "yes", location: "L1 8JQ" };

  it("trims answers and treats an empty optional answer as not given", () => {
    expect(aboutYouSchema.parse(valid)).toEqual({
      fullName: "Siobhán O’Neill-Ng",
      preferredName: undefined,
      over18: "yes",
      location: "L1 8JQ",
    });
  });
  it.each(["李小龍", "Zoë d'Arcy", "Mary-Jane O'Brien", "Αλέξανδρος", "محمد", "<script>alert(1)</script>"])(
    "accepts any name as typed, including %s",
    (name) => expect(aboutYouSchema.parse({ ...valid, fullName: name }).fullName).toBe(name),
  );
  it("requires a full name", () =>
    expect(errorsOf(aboutYouSchema, { ...valid, fullName: "   " })).toEqual({ fullName: M.fullName.required }));
  it("limits names to 100 characters", () => {
    expect(errorsOf(aboutYouSchema, { ...valid, fullName: long(101) })).toEqual({ fullName: M.fullName.tooLong });
    expect(errorsOf(aboutYouSchema, { ...valid, fullName: long(100) })).toEqual({});
    expect(errorsOf(aboutYouSchema, { ...valid, preferredName: long(101) })).toEqual({
      preferredName: M.preferredName.tooLong,
    });
  });
  it("refuses pasted control characters", () => {
    expect(errorsOf(aboutYouSchema, { ...valid, fullName: "Ann\u0000" })).toEqual({
      fullName: CONTROL_CHARACTERS_MESSAGE,
    });
  });
  it.each([[undefined], [""], ["maybe"]])("requires yes or no for 18 or over (%s)", (value) => {
    expect(errorsOf(aboutYouSchema, { ...valid, over18: value })).toEqual({ over18: M.over18 });
  });
  it("limits the postcode or town", () =>
    expect(errorsOf(aboutYouSchema, { ...valid, location: long(101) })).toEqual({ location: M.location.tooLong }));
  it("ignores fields it does not know", () =>
    expect(aboutYouSchema.parse({ ...valid, isAdmin: "yes" })).not.toHaveProperty("isAdmin"));
});

describe("safe contact", () => {
  const valid = {
    contactMethods: ["phone", "email"],
    phoneNumber: "0151 496 0000",
    mobileNumber: "",
    emailAddress: "name@example.com",
    postalAddress: "",
    emailConfirmation: "yes",
    safeTimes: "Weekdays after 6pm",
    messageSafe: "no",
    someoneElse: "notSure",
    safeWord: "bluebell",
  };

  it("keeps only the details of the ways chosen", () => {
    const parsed = safeContactSchema.parse({ ...valid, mobileNumber: "07700 900982", postalAddress: "1 Road" });
    expect(parsed).toMatchObject({
      phoneNumber: "0151 496 0000",
      emailAddress: "name@example.com",
      emailConfirmation: true,
    });
    expect(parsed.mobileNumber).toBeUndefined();
    expect(parsed.postalAddress).toBeUndefined();
  });
  it("accepts one checkbox sent as a single value", () => {
    expect(safeContactSchema.parse({ ...valid, contactMethods: "phone" }).contactMethods).toEqual(["phone"]);
  });
  it("requires at least one way", () =>
    expect(errorsOf(safeContactSchema, { ...valid, contactMethods: [] })).toEqual({
      contactMethods: M.contactMethods,
    }));
  it("refuses a way it does not offer", () =>
    expect(errorsOf(safeContactSchema, { ...valid, contactMethods: ["pigeon"] })).toEqual({
      contactMethods: M.contactMethods,
    }));
  it("needs the detail for each way chosen", () => {
    expect(
      errorsOf(safeContactSchema, {
        ...valid,
        contactMethods: ["phone", "text", "email", "letter"],
        phoneNumber: "",
        emailAddress: "",
      }),
    ).toEqual({
      phoneNumber: M.phoneNumber.required,
      mobileNumber: M.mobileNumber.required,
      emailAddress: M.emailAddress.required,
      postalAddress: M.postalAddress.required,
    });
  });
  it.each(["0151 496 0000", "+44 151 496 0000", "(0151) 496-0000", "07700900982"])(
    "accepts the phone number %s",
    (phone) => {
      expect(errorsOf(safeContactSchema, { ...valid, phoneNumber: phone })).toEqual({});
    },
  );
  it.each(["12345", "call me", "0151 496 0000 0000 0000 0", "0151<b>"])("refuses the phone number %s", (phone) => {
    expect(errorsOf(safeContactSchema, { ...valid, phoneNumber: phone })).toEqual({
      phoneNumber: M.phoneNumber.invalid,
    });
  });
  it.each(["07700 900982", "+447700900982"])("accepts the mobile number %s", (mobile) => {
    expect(errorsOf(safeContactSchema, { ...valid, contactMethods: ["text"], mobileNumber: mobile })).toEqual({});
  });
  it("refuses a landline for texts", () => {
    expect(errorsOf(safeContactSchema, { ...valid, contactMethods: ["text"], mobileNumber: "0151 496 0000" })).toEqual({
      mobileNumber: M.mobileNumber.invalid,
    });
  });
  it.each(["name@", "name example.com", "@example.com"])("refuses the email address %s", (email) => {
    expect(errorsOf(safeContactSchema, { ...valid, emailAddress: email })).toEqual({
      emailAddress: M.emailAddress.invalid,
    });
  });
  it("limits the address, safe times and word", () => {
    expect(
      errorsOf(safeContactSchema, {
        ...valid,
        contactMethods: ["letter"],
        postalAddress: long(301),
        safeTimes: long(201),
        safeWord: long(51),
      }),
    ).toEqual({
      postalAddress: M.postalAddress.tooLong,
      safeTimes: M.safeTimes.tooLong,
      safeWord: M.safeWord.tooLong,
    });
  });
  it("requires the message and someone-else questions", () => {
    expect(errorsOf(safeContactSchema, { ...valid, messageSafe: "", someoneElse: "perhaps" })).toEqual({
      messageSafe: M.messageSafe,
      someoneElse: M.someoneElse,
    });
  });
  it("only sends a confirmation email when email was chosen", () => {
    expect(safeContactSchema.parse({ ...valid, contactMethods: ["phone"] }).emailConfirmation).toBe(false);
  });
});

describe("what happened", () => {
  const schema = whatHappenedSchemaFor(() => new Date("2026-11-25T12:00:00Z"));
  const valid = {
    crimeType: "burglary",
    crimeTypeOther: "",
    whenKnown: "yes",
    month: "03",
    year: "2024",
    area: "Bootle",
    reportedToPolice: "yes",
    crimeReference: "MP/24/0001234",
    description: "They broke in",
  };

  it("accepts a full answer and normalises the month", () => {
    expect(schema.parse(valid)).toMatchObject({
      crimeType: "burglary",
      month: "3",
      year: "2024",
      crimeReference: "MP/24/0001234",
    });
  });
  it("requires a type from the list", () =>
    expect(errorsOf(schema, { ...valid, crimeType: "piracy" })).toEqual({ crimeType: M.crimeType }));
  it("asks what happened when it was something else", () => {
    expect(errorsOf(schema, { ...valid, crimeType: "other" })).toEqual({ crimeTypeOther: M.crimeTypeOther.required });
    expect(schema.parse({ ...valid, crimeType: "other", crimeTypeOther: "Cyber bullying" }).crimeTypeOther).toBe(
      "Cyber bullying",
    );
    expect(schema.parse({ ...valid, crimeTypeOther: "ignored" }).crimeTypeOther).toBeUndefined();
  });
  it.each([
    [{ month: "13" }, { month: M.month }],
    [{ month: "0" }, { month: M.month }],
    [{ month: "March" }, { month: M.month }],
    [{ year: "24" }, { year: M.year }],
    [{ year: "1899" }, { year: M.year }],
    [{ month: "12", year: "2026" }, { year: M.whenInFuture }],
    // Both at once: a later year is in the future whatever the month.
    [
      { month: "13", year: "2099" },
      { month: M.month, year: M.whenInFuture },
    ],
  ])("checks the month and year (%o)", (change, expected) => {
    expect(errorsOf(schema, { ...valid, ...change })).toEqual(expected);
  });
  it("accepts this month, and no date when not sure", () => {
    expect(errorsOf(schema, { ...valid, month: "11", year: "2026" })).toEqual({});
    expect(schema.parse({ ...valid, whenKnown: "notSure", month: "99" })).toMatchObject({
      month: undefined,
      year: undefined,
    });
  });
  it("requires the police question", () =>
    expect(errorsOf(schema, { ...valid, reportedToPolice: undefined })).toEqual({
      reportedToPolice: M.reportedToPolice,
    }));
  it("checks the crime reference", () => {
    expect(errorsOf(schema, { ...valid, crimeReference: "<b>" })).toEqual({ crimeReference: M.crimeReference.invalid });
    expect(errorsOf(schema, { ...valid, crimeReference: long(31) })).toEqual({
      crimeReference: M.crimeReference.tooLong,
    });
  });
  it("limits the description to 2,000 characters, and keeps markup as typed", () => {
    expect(errorsOf(schema, { ...valid, description: long(2001) })).toEqual({ description: M.description.tooLong });
    expect(schema.parse({ ...valid, description: "<img src=x onerror=alert(1)>" }).description).toBe(
      "<img src=x onerror=alert(1)>",
    );
  });
});

describe("the person responsible", () => {
  const valid = { knowWho: "yes", admitted: "notSure", justiceStage: "inPrison" };
  it("never rejects 'no' or 'not sure' for admitted", () => {
    expect(errorsOf(personResponsibleSchema, valid)).toEqual({});
    expect(errorsOf(personResponsibleSchema, { ...valid, admitted: "no" })).toEqual({});
  });
  it("requires every answer", () => {
    expect(errorsOf(personResponsibleSchema, {})).toEqual({
      knowWho: M.knowWho,
      admitted: M.admitted,
      justiceStage: M.justiceStage,
    });
  });
});

describe("what you would like", () => {
  it("needs at least one way, and limits the note", () => {
    expect(errorsOf(wishesSchema, { communicationWays: [] })).toEqual({ communicationWays: M.communicationWays });
    expect(errorsOf(wishesSchema, { communicationWays: ["letter", "video"], anythingElse: long(2001) })).toEqual({
      anythingElse: M.anythingElse.tooLong,
    });
    expect(wishesSchema.parse({ communicationWays: "notSure" }).communicationWays).toEqual(["notSure"]);
  });
});

describe("support", () => {
  it("asks for the language only when an interpreter is needed", () => {
    expect(errorsOf(supportSchema, { interpreter: "yes" })).toEqual({
      interpreterLanguage: M.interpreterLanguage.required,
    });
    expect(
      supportSchema.parse({ interpreter: "no", interpreterLanguage: "Polish" }).interpreterLanguage,
    ).toBeUndefined();
    expect(errorsOf(supportSchema, {})).toEqual({ interpreter: M.interpreter });
  });
  it("limits the free text answers", () => {
    expect(
      errorsOf(supportSchema, {
        interpreter: "no",
        accessibilityNeeds: long(501),
        otherServices: long(501),
        heardAbout: "other",
        heardAboutOther: long(201),
      }),
    ).toEqual({
      accessibilityNeeds: M.accessibilityNeeds.tooLong,
      otherServices: M.otherServices.tooLong,
      heardAboutOther: M.heardAboutOther.tooLong,
    });
  });
  it("asks how they heard from a fixed list, which may be left, and keeps their words only for “somewhere else”", () => {
    expect(supportSchema.parse({ interpreter: "no" }).heardAbout).toBeUndefined();
    expect(supportSchema.parse({ interpreter: "no", heardAbout: "police", heardAboutOther: "ignored" })).toMatchObject({
      heardAbout: "police",
      heardAboutOther: undefined,
    });
    expect(
      supportSchema.parse({ interpreter: "no", heardAbout: "other", heardAboutOther: "A church group" })
        .heardAboutOther,
    ).toBe("A church group");
    expect(errorsOf(supportSchema, { interpreter: "no", heardAbout: "the radio" })).toEqual({
      heardAbout: M.heardAbout.invalid,
    });
  });
});

describe("a whole referral", () => {
  it("is refused for someone under 18", () => {
    const result = referralAnswersSchema.safeParse({ "about-you": { fullName: "A", over18: "no" } });
    expect(result.success).toBe(false);
  });
});

describe("every error at once", () => {
  it("gives the missing answers and the conditional questions' errors in one go (contacting you safely)", () => {
    // Two questions unanswered, a blank phone number and a malformed email, in one submit.
    expect(
      errorsOf(safeContactSchema, {
        contactMethods: ["phone", "email"],
        phoneNumber: "",
        emailAddress: "not-an-email",
      }),
    ).toEqual({
      messageSafe: M.messageSafe,
      someoneElse: M.someoneElse,
      phoneNumber: M.phoneNumber.required,
      emailAddress: M.emailAddress.invalid,
    });
  });

  it("does the same for what happened and support, and keeps a field's own error first", () => {
    expect(
      errorsOf(
        whatHappenedSchemaFor(() => new Date("2026-06-15")),
        { crimeType: "other", whenKnown: "yes", month: "13", year: "" },
      ),
    ).toEqual({
      crimeTypeOther: M.crimeTypeOther.required,
      month: M.month,
      year: M.year,
      reportedToPolice: M.reportedToPolice,
    });
    expect(errorsOf(supportSchema, { interpreter: "yes", heardAbout: "nowhere" })).toEqual({
      interpreterLanguage: M.interpreterLanguage.required,
      heardAbout: M.heardAbout.invalid,
    });
    // Too long is the phone number's own error, not "enter a phone number".
    expect(errorsOf(safeContactSchema, { contactMethods: ["phone"], phoneNumber: long(21) }).phoneNumber).toBe(
      M.phoneNumber.invalid,
    );
  });
});
