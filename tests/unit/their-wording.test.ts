import { allFields } from "@/lib/referrals/form-fields";
import { MESSAGES } from "@/lib/referrals/messages";
import { STEP_ORDER, STEPS } from "@/lib/referrals/questions";
import { theirMessage } from "@/lib/referrals/their-messages";
import { THEIR_FIELDS, THEIR_STEPS, wordedStep } from "@/lib/referrals/their-wording";

// "you" may stay where it speaks to the referrer ("Do you know roughly when…", "not yours").
const SPEAKS_TO_THE_PERSON = /\b(your|me|my)\b|\b(you)\b(?! know roughly| are not sure| can still)/i;

function wordsOf(step: (typeof STEP_ORDER)[number]) {
  const page = wordedStep(step, "theirs");
  return [
    page.title,
    page.intro ?? "",
    ...allFields(page.fields).flatMap((f) => [f.label, f.hint ?? "", f.kind === "checkbox" ? f.checkboxLabel : ""]),
  ].filter(Boolean);
}

describe("asked for someone else: the questions are about them", () => {
  it.each(STEP_ORDER)("leaves nothing on %s speaking to the person as if they were answering", (step) => {
    const speaking = wordsOf(step).filter((words) => SPEAKS_TO_THE_PERSON.test(words.replace(/not yours/, "")));
    expect(speaking).toEqual([]);
  });

  it("names only real questions and steps, and keeps the person's own pages as they were", () => {
    const names = new Set(STEP_ORDER.flatMap((step) => allFields(STEPS[step].fields).map((f) => f.name)));
    expect(Object.keys(THEIR_FIELDS).filter((name) => !names.has(name))).toEqual([]);
    expect(Object.keys(THEIR_STEPS).sort()).toEqual([...STEP_ORDER].sort());
    expect(wordedStep("about-you", "yours")).toBe(STEPS["about-you"]);
    expect(wordedStep("about-you", "theirs").fields.map((f) => f.name)).toEqual(
      STEPS["about-you"].fields.map((f) => f.name),
    );
  });

  it("rewords the revealed questions too (an email address chosen as a way to contact)", () => {
    const fields = allFields(wordedStep("safe-contact", "theirs").fields);
    expect(fields.find((f) => f.name === "emailAddress")!.label).toBe("Their email address");
    const confirmation = fields.find((f) => f.name === "emailConfirmation")!;
    expect(confirmation.kind === "checkbox" && confirmation.checkboxLabel).toMatch(/^Email them their reference/);
  });

  it("says the messages about them, and leaves the others as they are", () => {
    expect(theirMessage(MESSAGES.fullName.required)).toBe("Enter their full name");
    expect(theirMessage(MESSAGES.over18)).toBe("Select yes if they are 18 or over");
    expect(theirMessage(MESSAGES.month)).toBe(MESSAGES.month);
    const speaking = Object.values(MESSAGES)
      .flatMap((m) => (typeof m === "string" ? [m] : Object.values(m)))
      .map(theirMessage)
      .filter((m) => /\b(your|you need|you are|you know who|you might)\b/i.test(m));
    expect(speaking).toEqual([]);
  });
});
