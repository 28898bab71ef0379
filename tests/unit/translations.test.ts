import { existsSync } from "node:fs";
import path from "node:path";
import { LANGUAGE_PAGES, LANGUAGES } from "@/lib/languages";
import { SOURCE, TRANSLATIONS, translatorFor } from "@/lib/i18n/translations";
import { shortFormIn } from "@/lib/referrals/short-request-words";
import { shortRequestSchema } from "@/lib/referrals/short-request";

type Tree = { [key: string]: string | Tree };

/** Every message's key, with the placeholders and tags it uses ("ask.lead", "{number}", "<number>"). */
function messages(tree: Tree, prefix = ""): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, [...value.matchAll(/\{\w+\}|<\w+>/g)].map((m) => m[0]).sort());
    else for (const [k, v] of messages(value, name)) out.set(k, v);
  }
  return out;
}

const source = messages(SOURCE as unknown as Tree);

describe.each(LANGUAGES.map((l) => [l.english, l] as const))("the %s translation", (_name, language) => {
  const translation = TRANSLATIONS[language.code];
  const own = messages(translation as unknown as Tree);

  it("has every message of the English source, no other, with the same placeholders and links", () => {
    expect([...own.keys()].sort()).toEqual([...source.keys()].sort());
    for (const [key, marks] of source)
      if (!key.startsWith("review.")) expect([key, own.get(key)]).toEqual([key, marks]);
  });

  it("says its review state, and who wrote or reviewed it", () => {
    expect(["draft", "reviewed"]).toContain(translation.review.state);
    expect(translation.review.by.length).toBeGreaterThan(10);
    expect(translation.review.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("differs from English wherever it should (nothing left untranslated)", () => {
    const same = [...source.keys()].filter((key) => {
      const value = (k: string, tree: Tree) =>
        k.split(".").reduce<Tree | string>((t, part) => (t as Tree)[part]!, tree);
      return (
        !key.startsWith("review.") &&
        value(key, translation as unknown as Tree) === value(key, SOURCE as unknown as Tree)
      );
    });
    expect(same).toEqual([]);
  });

  it("has each of its pages, and the short request's questions and messages, in this language", () => {
    for (const page of [...LANGUAGE_PAGES, "sent"]) {
      const file = path.join("app", "(languages)", "[lang]", page, "page.tsx");
      expect([file, existsSync(file)]).toEqual([file, true]);
    }
    const form = shortFormIn(translatorFor(language.code));
    const result = shortRequestSchema(form.messages).safeParse({});
    expect(result.success).toBe(false);
    const said = result.success ? [] : result.error.issues.map((i) => i.message);
    expect(said).toEqual(expect.arrayContaining([form.messages.name, form.messages.consent, form.messages.contact]));
    // The Childline number comes from the checked list, not from the translation.
    expect(form.messages.under18).toContain("0800 1111");
  });
});

describe("the short request's checks", () => {
  const { messages } = shortFormIn(translatorFor("pl"));
  const schema = shortRequestSchema(messages);
  const good = {
    name: "Ania",
    over18: "yes",
    contactMethods: ["phone"],
    phoneNumber: "0151 496 0000",
    emailAddress: "kept@example.com",
    messageSafe: "no",
    someoneElse: "notSure",
    consent: "yes",
  };

  it("keeps only the details of the ways chosen", () => {
    const parsed = schema.parse(good);
    expect(parsed.phoneNumber).toBe("0151 496 0000");
    expect(parsed.emailAddress).toBeUndefined();
  });

  it("says each problem in the page's language", () => {
    const errors = (values: Record<string, unknown>) => {
      const result = schema.safeParse(values);
      return result.success ? [] : result.error.issues.map((i) => i.message);
    };
    expect(errors({ ...good, over18: "no" })).toEqual([messages.under18]);
    expect(errors({ ...good, phoneNumber: "12" })).toEqual([messages.phoneInvalid]);
    expect(errors({ ...good, contactMethods: ["email"], emailAddress: "" })).toEqual([messages.emailAddress]);
    expect(errors({ ...good, consent: "" })).toEqual([messages.consent]);
    expect(messages.consent).toBe("Zaznacz, że się zgadzasz, jeśli chcesz wysłać prośbę");
  });
});
