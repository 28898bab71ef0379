import { generate } from "otplib";
import { findRecoveryCode, generateRecoveryCodes } from "@/lib/auth/recovery-codes";
import { checkTotp, newTotpSecret, totpQrSvg, totpUri } from "@/lib/auth/totp";

const at = (iso: string) => new Date(iso);
const codeAt = (secret: string, when: Date) => generate({ secret, epoch: Math.floor(when.getTime() / 1000) });

describe("authenticator codes", () => {
  const secret = newTotpSecret();
  const now = at("2026-11-25T12:00:10Z");

  it("makes a 160-bit base32 secret and an otpauth address with the issuer", () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = totpUri(secret, "jo@provider.example");
    expect(uri).toContain("otpauth://totp/");
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain("issuer=RJ%20Merseyside%20staff");
  });

  it("draws the QR code as SVG on the server", async () => {
    expect(await totpQrSvg(totpUri(secret, "jo@provider.example"))).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });

  it("accepts the current code, with spaces, and the codes either side of now", async () => {
    const code = await codeAt(secret, now);
    expect(await checkTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, null, now)).toMatchObject({ ok: true });
    expect(await checkTotp(secret, await codeAt(secret, at("2026-11-25T11:59:45Z")), null, now)).toMatchObject({
      ok: true,
    });
    expect(await checkTotp(secret, await codeAt(secret, at("2026-11-25T12:00:35Z")), null, now)).toMatchObject({
      ok: true,
    });
  });

  it("refuses old codes, wrong codes and things that are not codes", async () => {
    expect(await checkTotp(secret, await codeAt(secret, at("2026-11-25T11:58:00Z")), null, now)).toEqual({ ok: false });
    expect(await checkTotp(secret, "12345", null, now)).toEqual({ ok: false });
    expect(await checkTotp(secret, "abcdef", null, now)).toEqual({ ok: false });
    const right = await codeAt(secret, now);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");
    expect(await checkTotp(secret, wrong, null, now)).toEqual({ ok: false });
  });

  it("accepts a code once only", async () => {
    const code = await codeAt(secret, now);
    const first = await checkTotp(secret, code, null, now);
    if (!first.ok) throw new Error("first use refused");
    expect(await checkTotp(secret, code, first.timeStep, now)).toEqual({ ok: false });
    // The next period's code still works.
    const later = at("2026-11-25T12:00:40Z");
    expect(await checkTotp(secret, await codeAt(secret, later), first.timeStep, later)).toMatchObject({ ok: true });
  });
});

describe("recovery codes", () => {
  it("are ten distinct, readable codes stored only as hashes", () => {
    const { codes, hashes } = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashes.join()).not.toContain(codes[0]!.replace("-", ""));
  });

  it("match however they are typed, and only the right one", () => {
    const { codes, hashes } = generateRecoveryCodes();
    expect(findRecoveryCode(codes[3]!, hashes)).toBe(3);
    expect(findRecoveryCode(` ${codes[3]!.toLowerCase().replace("-", " ")} `, hashes)).toBe(3);
    expect(findRecoveryCode("AAAAA-AAAAA", hashes)).toBe(-1);
    // Once its hash is removed (used), the code no longer works.
    expect(
      findRecoveryCode(
        codes[3]!,
        hashes.filter((_, i) => i !== 3),
      ),
    ).toBe(-1);
  });
});
