import fc from "fast-check";
import { parse } from "csv-parse/sync";
import Papa from "papaparse";
import { FORMULA_START, FORMULA_START_CODES } from "@/lib/admin/export/csv";
import { crlfRecordEnds } from "@/lib/admin/export/record-ends";

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString("utf8");

/** Converts `input` cut into pieces at the given places. */
function convertInPieces(input: string, cuts: number[]) {
  const whole = bytes(input);
  const ends = crlfRecordEnds();
  const places = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const place of [...places, whole.length]) {
    out.push(ends.convert(whole.subarray(from, place)));
    from = place;
  }
  return { text: text(out), records: ends.records };
}

describe("CSV record ends from PostgreSQL's COPY", () => {
  it("turns record-ending LF into CRLF and counts the records", () => {
    const ends = crlfRecordEnds();
    expect(text([ends.convert(bytes("a,b\nc,d\n"))])).toBe("a,b\r\nc,d\r\n");
    expect(ends.records).toBe(2);
  });

  it("leaves line breaks inside quoted cells alone, and quotes that are doubled", () => {
    const ends = crlfRecordEnds();
    expect(text([ends.convert(bytes('"one\ntwo","say ""hi""\n"\nx\n'))])).toBe('"one\ntwo","say ""hi""\n"\r\nx\r\n');
    expect(ends.records).toBe(2);
  });

  it("does not double a CR that is already there, even across chunks", () => {
    const ends = crlfRecordEnds();
    expect(text([ends.convert(bytes("a\r")), ends.convert(bytes("\nb\n"))])).toBe("a\r\nb\r\n");
  });

  it("gives back the same chunk when nothing changes", () => {
    const chunk = bytes('"no end');
    expect(crlfRecordEnds().convert(chunk)).toBe(chunk);
  });

  it("gives the same records wherever the chunks are cut, for any text", () => {
    const cell = fc.string({ unit: "binary", maxLength: 20 }).map((s) => s.replaceAll("\r", ""));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (rows, cuts) => {
          // As COPY writes it: records ended by LF, cells quoted where needed.
          const copy = `${Papa.unparse(rows, { newline: "\n", quotes: true })}\n`;
          const { text: converted, records } = convertInPieces(copy, cuts);
          expect(records).toBe(rows.length);
          expect(converted).toBe(`${Papa.unparse(rows, { newline: "\r\n", quotes: true })}\r\n`);
          expect(parse(converted, { relax_column_count: true })).toEqual(rows);
        },
      ),
    );
  });
});

describe("the formula characters PostgreSQL checks", () => {
  it("are exactly the characters FORMULA_START matches", () => {
    for (let code = 0; code < 0x3000; code += 1) {
      expect([FORMULA_START.test(String.fromCharCode(code)), code]).toEqual([
        (FORMULA_START_CODES as readonly number[]).includes(code),
        code,
      ]);
    }
  });
});
