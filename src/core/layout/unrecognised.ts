/**
 * A sheet laid out as a table — a row of short header texts over data rows — whose header the recogniser
 * did not take for a plan table. Left unsaid, such a sheet drops out of the score while a draft beside it
 * with ordinary headers decides it; so it is named, with its header cell, the headers found and the roles
 * missing, and the message says how to teach those headers in the settings sheet.
 */
import type { CellValue } from "../grid/types";
import type { Diagnostic } from "../diagnostics/types";
import type { TaughtRole } from "../settings/types";
import { a1 } from "../grid/address";
import type { HeaderVocabulary } from "./headerVocabulary";
import { cellText, headerKey, isBlank } from "./text";

/** Plan tables are narrow; a header cell longer than this is data (as in headers.ts). */
const MAX_COLS = 40;
const MAX_HEADER_CELL = 60;
/** Fewer header cells than this is a title or a note, not a table. */
const MIN_HEADER_CELLS = 3;
/** At least this many header cells name something (a letter): a row of numbers is data. */
const MIN_WORDED_CELLS = 2;
/** "Several data rows": a header over one row is as likely a form as a table. */
const MIN_DATA_ROWS = 2;
/** A data row fills at least this many of the header's columns. */
const MIN_DATA_CELLS = 2;
/** What every plan table needs, in the order a message names them. */
const REQUIRED: readonly TaughtRole[] = ["indicator", "target"];

interface HeaderCell {
  col: number;
  text: string;
}

const LETTER = /\p{L}/u;
const YEAR = /^(19|20)\d\d$/;

/** The row's cells when it reads as a header: short texts (or years), at least three, two with words. */
function headerCells(row: CellValue[]): HeaderCell[] | null {
  const cells: HeaderCell[] = [];
  let worded = 0;
  const n = Math.min(row.length, MAX_COLS);
  for (let c = 0; c < n; c++) {
    const v = row[c];
    if (isBlank(v)) continue;
    const text = cellText(v);
    if (typeof v === "number") {
      if (!YEAR.test(text)) return null;
    } else if (typeof v !== "string" || text.length > MAX_HEADER_CELL) {
      return null;
    } else if (LETTER.test(text)) {
      worded++;
    } else if (!YEAR.test(text)) {
      return null;
    }
    cells.push({ col: c, text });
  }
  return cells.length >= MIN_HEADER_CELLS && worded >= MIN_WORDED_CELLS ? cells : null;
}

function isDataRow(row: CellValue[] | undefined, header: readonly HeaderCell[]): boolean {
  if (!row) return false;
  let filled = 0;
  for (const h of header) if (!isBlank(row[h.col]) && ++filled >= MIN_DATA_CELLS) return true;
  return false;
}

/**
 * HEADER_NOT_RECOGNISED for the first table-like block of a sheet where no plan table was recognised,
 * or null when the sheet holds nothing laid out as a table.
 */
export function unrecognisedTable(
  sheet: string,
  values: readonly CellValue[][],
  vocabulary: HeaderVocabulary,
): Diagnostic | null {
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    const header = headerCells(row);
    if (!header) continue;
    let data = 0;
    while (data < MIN_DATA_ROWS && isDataRow(values[r + 1 + data], header)) data++;
    if (data < MIN_DATA_ROWS) continue;
    const roles = header.map((h) => vocabulary.roleOf.get(headerKey(h.text).key));
    const missing = REQUIRED.filter((role) => !roles.includes(role));
    if (missing.length === 0) continue;
    const example = header.find((_, i) => roles[i] === undefined && !YEAR.test(header[i].text)) ?? header[0];
    return {
      severity: "warning",
      code: "HEADER_NOT_RECOGNISED",
      sheet,
      cell: a1(r, header[0].col),
      params: {
        sheet,
        headers: header.map((h) => h.text).join(" | "),
        missing: { kind: "headerRoles", roles: missing },
        example: example.text,
      },
    };
  }
  return null;
}
