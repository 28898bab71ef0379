import { summariseAnswers } from "@/lib/referrals/answers-summary";
import { allFields } from "@/lib/referrals/form-fields";
import { STEP_ORDER, STEPS } from "@/lib/referrals/questions";
import { STAFF_QUESTIONS, STAFF_STEP_TITLES } from "@/lib/referrals/staff-wording";

const SPEAKS_TO_THE_PERSON = /\b(you|your|yours|we|us|our|me|my|I)\b/i;
const everyField = STEP_ORDER.flatMap((step) => allFields(STEPS[step].fields));

describe("staff read the answers about the person, not to them", () => {
  it("has staff words for every question that speaks to the person", () => {
    const missing = everyField
      .filter((field) => SPEAKS_TO_THE_PERSON.test(field.summaryLabel ?? field.label) && !STAFF_QUESTIONS[field.name])
      .map((field) => field.name);
    expect(missing).toEqual([]);
  });

  it("uses no second-person words in staff titles and labels, and names only real questions", () => {
    for (const words of [...Object.values(STAFF_STEP_TITLES), ...Object.values(STAFF_QUESTIONS)])
      expect([words, SPEAKS_TO_THE_PERSON.test(words.replace(/it is us$/, ""))]).toEqual([words, false]);
    const names = new Set(everyField.map((field) => field.name));
    expect(Object.keys(STAFF_QUESTIONS).filter((name) => !names.has(name))).toEqual([]);
  });

  it("gives staff the third-person words and the person their own", () => {
    const answers = {
      "safe-contact": {
        contactMethods: ["phone"],
        phoneNumber: "0151 496 0000",
        safeTimes: "After 6pm",
        messageSafe: "no",
        someoneElse: "no",
      },
    };
    const staff = summariseAnswers(answers, "staff").find((s) => s.step === "safe-contact")!;
    expect(staff.title).toBe("How to contact them safely");
    expect(staff.rows.map((r) => r.question)).toEqual(
      expect.arrayContaining(["Ways to contact them", "Safe times to contact them", "Safe to leave a message"]),
    );
    const person = summariseAnswers(answers).find((s) => s.step === "safe-contact")!;
    expect(person.title).toBe("Contacting you safely");
    expect(person.rows.map((r) => r.question)).toContain("When is it safe to contact you?");
  });
});
