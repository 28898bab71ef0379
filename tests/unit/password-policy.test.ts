import { passwordProblem, requireGoodPassword } from "@/lib/auth/password-policy";
import { PASSWORD_MESSAGES } from "@/lib/auth/password-rules";
import { AppError } from "@/lib/errors/app-error";

describe("staff passwords", () => {
  it.each([
    "correct horse battery staple",
    "Ünïcödé-pässwörd-ok",
    "🔒🔑 a long one here",
    "x".repeat(128),
    "tr0ub4dor&3-plus-more",
  ])("accepts %s (no composition rules)", (password) => expect(passwordProblem(password)).toBeNull());

  it("needs at least 12 characters, counted as a person counts them", () => {
    expect(passwordProblem("elevenchars")).toBe("password.too-short");
    // 12 emoji are 24 UTF-16 units but 12 characters.
    expect(passwordProblem("🔑".repeat(11))).toBe("password.too-short");
    expect(passwordProblem("🔑".repeat(12))).toBeNull();
  });

  it("allows up to 128 characters", () => {
    expect(passwordProblem("x".repeat(129))).toBe("password.too-long");
  });

  it.each(["qwerty123456", "1qaz2wsx3edc", "QWERTY123456", "123qweasdzxc"])(
    "refuses the breached password %s",
    (password) => {
      expect(passwordProblem(password)).toBe("password.common");
    },
  );

  it("refuses passwords made from the person's details or the service's name", () => {
    const context = { email: "jo.bloggs@provider.example", name: "Joanna Bloggs" };
    expect(passwordProblem("my name is joanna!", context)).toBe("password.personal");
    expect(passwordProblem("jo.bloggs-secret-2026", context)).toBe("password.personal");
    expect(passwordProblem("Restorative2026!", context)).toBe("password.personal");
    expect(passwordProblem("plain unrelated words", context)).toBeNull();
  });

  it("refuses a broken rule with its code, and says it in the words the form shows", () => {
    let refusal: unknown;
    try {
      requireGoodPassword("elevenchars");
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: "password.too-short", field: "password", status: 400 });
    expect((refusal as AppError).userMessage).toBe(PASSWORD_MESSAGES.tooShort);
    expect(PASSWORD_MESSAGES.tooShort).toBe("Password must be 12 characters or more");
  });
});
