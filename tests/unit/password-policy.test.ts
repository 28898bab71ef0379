import { checkPassword, PASSWORD_MESSAGES } from "@/lib/auth/password-policy";

describe("staff passwords", () => {
  it.each(["correct horse battery staple", "Ünïcödé-pässwörd-ok", "🔒🔑 a long one here", "x".repeat(128), "tr0ub4dor&3-plus-more"])(
    "accepts %s (no composition rules)",
    (password) => expect(checkPassword(password)).toEqual({ ok: true }),
  );

  it("needs at least 12 characters, counted as a person counts them", () => {
    expect(checkPassword("elevenchars")).toEqual({ ok: false, message: PASSWORD_MESSAGES.tooShort });
    // 12 emoji are 24 UTF-16 units but 12 characters.
    expect(checkPassword("🔑".repeat(11))).toEqual({ ok: false, message: PASSWORD_MESSAGES.tooShort });
    expect(checkPassword("🔑".repeat(12))).toEqual({ ok: true });
  });

  it("allows up to 128 characters", () => {
    expect(checkPassword("x".repeat(129))).toEqual({ ok: false, message: PASSWORD_MESSAGES.tooLong });
  });

  it.each(["qwerty123456", "1qaz2wsx3edc", "QWERTY123456", "123qweasdzxc"])("refuses the breached password %s", (password) => {
    expect(checkPassword(password)).toEqual({ ok: false, message: PASSWORD_MESSAGES.common });
  });

  it("refuses passwords made from the person's details or the service's name", () => {
    const context = { email: "jo.bloggs@provider.example", name: "Joanna Bloggs" };
    expect(checkPassword("my name is joanna!", context)).toMatchObject({ ok: false, message: PASSWORD_MESSAGES.personal });
    expect(checkPassword("jo.bloggs-secret-2026", context)).toMatchObject({ ok: false, message: PASSWORD_MESSAGES.personal });
    expect(checkPassword("Restorative2026!", context)).toMatchObject({ ok: false, message: PASSWORD_MESSAGES.personal });
    expect(checkPassword("plain unrelated words", context)).toEqual({ ok: true });
  });
});
