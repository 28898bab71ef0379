/**
 * CSV records: RFC 4180 quoting by papaparse (CRLF between records), and
 * formula-injection protection (OWASP ASVS 1.2.10): a cell that a spreadsheet
 * would run as a formula gets a leading apostrophe. Our own pattern is given
 * to papaparse because its default one misses cells with a line break in them.
 */
import Papa from "papaparse";

/** Excel, LibreOffice and Google Sheets open a CSV as UTF-8 when it starts with this. */
export const UTF8_BOM = "\uFEFF";

export const FORMULA_START = /^[=+\-@\t\r]/;

/** Rows of plain text as CSV records, each ending with CRLF, every cell made safe. */
export function csvRecords(rows: string[][]): string {
  if (rows.length === 0) return "";
  return `${Papa.unparse(rows, { newline: "\r\n", escapeFormulae: FORMULA_START, header: false })}\r\n`;
}

/** FORMULA_START's characters as codes, for the export, which PostgreSQL writes (ascii() of a cell is cheap; a regex per cell is not). */
export const FORMULA_START_CODES = [0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d] as const;
