import { readAnswers } from "@/lib/referrals/read-answers";
import { STEP_SCHEMAS, STEP_IDS } from "@/lib/referrals/schema";
import { ANSWERS } from "../support/referral-fixtures";

/** Answers as submitReferral stores them: each step's schema output. */
const stored = () => Object.fromEntries(STEP_IDS.map((step) => [step, STEP_SCHEMAS[step].parse(ANSWERS[step])]));

describe("reading a referral's stored answers", () => {
  it("gives them back typed, as the schema reads them", () => {
    const answers = readAnswers({ answers: JSON.parse(JSON.stringify(stored())) });
    expect(answers["about-you"].fullName).toBe(ANSWERS["about-you"].fullName);
    expect(answers["safe-contact"].emailConfirmation).toBe(true);
  });

  it("still shows answers written by an older version of the questions, rather than refusing them", () => {
    const old = stored();
    (old.support as Record<string, unknown>).heardAbout = "A poster in the library";
    expect(readAnswers({ id: "r1", answers: old }).support.heardAbout).toBe("A poster in the library");
  });

  it("refuses something that is not answers at all", () => {
    expect(() => readAnswers({ id: "r2", answers: { "about-you": "x" } })).toThrow("no readable answers");
    expect(() => readAnswers({ answers: null })).toThrow();
  });
});
