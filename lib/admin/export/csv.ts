/**
 * CSV cells and rows: RFC 4180 quoting by csv-stringify (CRLF between records),
 * and formula-injection protection (OWASP ASVS 1.2.10): a cell that a
 * spreadsheet would run as a formula gets a leading apostrophe.
 */
import { stringify } from "csv-stringify/sync";

/** Excel, LibreOffice and Google Sheets open a CSV as UTF-8 when it starts with this. */
export const UTF8_BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Rows of plain text as CSV records, every cell made safe first. */
export function csvRecords(rows: string[][]): string {
  return stringify(rows.map((row) => row.map(escapeFormula)), { record_delimiter: "windows" });
}
