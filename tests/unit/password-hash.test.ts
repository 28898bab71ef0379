import { dummyHash, hashPassword, needsRehash, verifyPassword } from "@/lib/auth/password-hash";

describe("password hashing", () => {
  it("uses argon2id at OWASP's parameters, with a fresh salt each time", async () => {
    const first = await hashPassword("correct horse battery staple");
    const second = await hashPassword("correct horse battery staple");
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(needsRehash(first)).toBe(false);
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("Ünïcödé pässwörd 🔑");
    await expect(verifyPassword(stored, "Ünïcödé pässwörd 🔑")).resolves.toBe(true);
    await expect(verifyPassword(stored, "Unicode passwort")).resolves.toBe(false);
  });

  it("returns false, not an error, for something that is not a hash", async () => {
    await expect(verifyPassword("not a hash", "anything")).resolves.toBe(false);
    await expect(verifyPassword(await dummyHash(), "anything")).resolves.toBe(false);
  });

  it("asks for a rehash of weaker or foreign hashes", () => {
    expect(needsRehash("$argon2id$v=19$m=4096,t=3,p=1$c2FsdHNhbHQ$aGFzaA")).toBe(true);
    expect(needsRehash("$2b$12$abcdefghijklmnopqrstuv")).toBe(true);
  });
});
