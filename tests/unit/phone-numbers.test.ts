import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import * as contacts from "@/lib/content/help-contacts";
import { relayDial } from "@/lib/content/help-contacts";

/** Every .ts, .tsx and .json file (the translations) under a folder. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : sourceFiles(full);
    return /\.(tsx?|json)$/.test(name) ? [full] : [];
  });
}

const CHECKED = new Set(
  Object.values(contacts).flatMap((value) =>
    value && typeof value === "object" && "number" in value && typeof value.number === "string" ? [value.number] : [],
  ),
);
/** Ofcom's numbers for drama and examples (never anyone's): fine in hints and test data. */
const EXAMPLE = /^(01632 ?960 ?\d{3}|07700 ?900 ?\d{3}|0151 ?496 ?\d{4}|0151 000 0000)$/;
const PHONE = /(?<![\w-])(?:0\d{2,4} ?\d{3} ?\d{3,4}|999|101|111)(?![\w-])/g;

describe("phone numbers", () => {
  it("on the site are all from the checked list (lib/content/help-contacts.ts), and linked only through it", () => {
    const found: string[] = [];
    for (const file of [...sourceFiles("app"), ...sourceFiles("components"), ...sourceFiles("lib")]) {
      if (file === path.join("lib", "content", "help-contacts.ts")) continue; // the list itself
      const text = readFileSync(file, "utf8");
      // A link to call is made from the list (PhoneLink), never written by hand.
      for (const match of text.matchAll(/href="tel:\+?\d[^"]*"/g)) found.push(`${file}: ${match[0]}`);
      for (const match of text.matchAll(PHONE)) {
        if (!CHECKED.has(match[0]) && !EXAMPLE.test(match[0])) found.push(`${file}: ${match[0]}`);
      }
    }
    expect(found).toEqual([]);
    expect(CHECKED).toEqual(new Set(["999", "101", "0800 555 111", "0800 138 1625", "0800 1111", "0303 123 1113"]));
  });
});

describe("Relay UK", () => {
  it("puts 18001 before a number, in words and in the link, in national format", () => {
    expect(relayDial("0151 000 0000")).toEqual({ words: "18001 0151 000 0000", tel: "tel:1800101510000000" });
    expect(relayDial("+44 151 000 0000")).toEqual({ words: "18001 0151 000 0000", tel: "tel:1800101510000000" });
  });
});
