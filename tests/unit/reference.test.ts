import {
  generateReference,
  generateUniqueReference,
  REFERENCE_ALPHABET,
  REFERENCE_PATTERN,
} from "@/lib/referrals/reference";

describe("referral references", () => {
  it("look like RJ-XXXX-XXXX and use only unambiguous characters", () => {
    for (let i = 0; i < 500; i += 1) {
      const reference = generateReference();
      expect(reference).toMatch(REFERENCE_PATTERN);
      expect(reference.slice(3).replace("-", "")).not.toMatch(/[01OILUV5S2Z8B]/);
    }
    expect(REFERENCE_ALPHABET).not.toMatch(/[01OILUV5S2Z8B]/);
  });

  it("uses every character of the alphabet", () => {
    let index = 0;
    const cycling = (size: number) => index++ % size;
    const seen = new Set<string>();
    for (let i = 0; i < 10; i += 1)
      generateReference(cycling)
        .slice(3)
        .replace("-", "")
        .split("")
        .forEach((c) => seen.add(c));
    expect([...seen].sort().join("")).toBe([...REFERENCE_ALPHABET].sort().join(""));
  });

  it("tries again when a reference is already taken", async () => {
    const taken = new Set(["RJ-3333-3333", "RJ-4444-4444"]);
    const sequence = [0, 1, 2];
    let call = 0;
    const random = () => sequence[Math.floor(call++ / 8)]!;
    const checked: string[] = [];
    const reference = await generateUniqueReference(async (candidate) => {
      checked.push(candidate);
      return taken.has(candidate);
    }, random);
    expect(checked).toEqual(["RJ-3333-3333", "RJ-4444-4444", "RJ-6666-6666"]);
    expect(reference).toBe("RJ-6666-6666");
  });

  it("gives up after too many collisions rather than looping for ever", async () => {
    await expect(
      generateUniqueReference(
        async () => true,
        () => 0,
        3,
      ),
    ).rejects.toThrow("3 attempts");
  });
});
