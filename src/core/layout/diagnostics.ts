/**
 * The layout stage's diagnostics, one builder per code: what each says and where it points. Rows
 * and columns are 0-based here and become A1 addresses. Messages are in src/i18n/messages.ts; params
 * carry codes and numbers, worded by the catalogs (src/i18n/params.ts).
 */
import type { CellValue } from "../grid/types";
import {
  NONE_PARAM,
  percentParam,
  unreadableParam,
  type Diagnostic,
  type DiagnosticParam,
  type Severity,
} from "../diagnostics/types";
import type { SourceCell } from "../model/types";
import type { ComparisonTarget, Polarity, Target, Unreadable } from "../targets/types";
import { a1, columnLetter } from "../grid/address";
import { displayCell } from "../targets";
import type { InconsistentYear } from "./cruscotto";
import type { Duplicate } from "./headers";

/** A cell of a sheet, 0-based. */
export interface CellAt {
  sheet: string;
  row: number;
  col: number;
}

function diagnostic(
  severity: Severity,
  code: Diagnostic["code"],
  at: CellAt | { sheet: string; cell: null },
  params: Diagnostic["params"],
): Diagnostic {
  const cell = "cell" in at ? at.cell : a1(at.row, at.col);
  return { severity, code, sheet: at.sheet, cell, params };
}

/**
 * Why a bare value got its polarity: a percentage is a share of things done (higher is better by the
 * SMVP's own rule), otherwise the indicator's words decided. Carried as a param so that the Note column
 * can leave out the rule's routine case while the report keeps every inference.
 */
function inferenceBasis(t: ComparisonTarget): DiagnosticParam {
  return t.percent ? BASIS_PERCENT : BASIS_INDICATOR;
}

// Params are values nobody changes: a third of a plan's rows may carry a polarity inference, and
// they share these few.
const BASIS_PERCENT: DiagnosticParam = { kind: "inferenceBasis", basis: "percent" };
const BASIS_INDICATOR: DiagnosticParam = { kind: "inferenceBasis", basis: "indicator" };
const POLARITY: Record<Polarity, DiagnosticParam> = {
  higher: { kind: "polarity", polarity: "higher" },
  lower: { kind: "polarity", polarity: "lower" },
  equal: { kind: "polarity", polarity: "equal" },
};

/** A sheet with content where no table header was recognised (or that could not be read at all). */
export function headerNotFound(sheet: string): Diagnostic {
  return diagnostic("info", "HEADER_NOT_FOUND", { sheet, cell: null }, { sheet });
}

/** A table before any unit heading: its unit is named after the sheet. Points at the table's header. */
export function unitFromSheetName(at: CellAt): Diagnostic {
  return diagnostic("info", "UNIT_FROM_SHEET_NAME", at, { sheet: at.sheet });
}

export function yearColumnMissing(at: CellAt, year: number): Diagnostic {
  return diagnostic("warning", "YEAR_COLUMN_MISSING", at, { year });
}

/** The cruscotto's sheet, or one of its tables (at its header), that cannot be read as the cruscotto. */
export function cruscottoNotRead(at: CellAt): Diagnostic {
  return diagnostic("warning", "CRUSCOTTO_NOT_READ", at, { sheet: at.sheet });
}

/** The header's cells, "A3:G3", for a message that names them. */
function headerCells(row: number, firstCol: number, lastCol: number): string {
  return firstCol === lastCol ? a1(row, firstCol) : `${a1(row, firstCol)}:${a1(row, lastCol)}`;
}

/** A table two readings fit, and the one chosen; points at the header's first cell. */
export function tableReadAs(
  reading: "cruscotto" | "unit",
  header: { sheet: string; row: number; firstCol: number; lastCol: number },
): Diagnostic {
  const code = reading === "cruscotto" ? "TABLE_READ_AS_CRUSCOTTO" : "TABLE_READ_AS_UNIT";
  return diagnostic(
    "warning",
    code,
    { sheet: header.sheet, row: header.row, col: header.firstCol },
    { sheet: header.sheet, cells: headerCells(header.row, header.firstCol, header.lastCol) },
  );
}

/** A header row naming a column twice; the row is the header's. */
export function headerDuplicated(sheet: string, headerRow: number, d: Duplicate): Diagnostic {
  return diagnostic(
    "info",
    "HEADER_DUPLICATED",
    { sheet, row: headerRow, col: d.used },
    {
      header: d.header,
      row: headerRow + 1,
      used: columnLetter(d.used),
    },
  );
}

export function totalRowMismatch(at: CellAt, printed: string, sum: number): Diagnostic {
  return diagnostic("info", "TOTAL_ROW_MISMATCH", at, { printed, sum: percentParam(sum) });
}

export function weightUnreadable(at: CellAt, raw: CellValue, numberFormat: string, reason: Unreadable): Diagnostic {
  return diagnostic("error", "WEIGHT_UNREADABLE", at, {
    raw: displayCell(raw, numberFormat),
    reason: unreadableParam(reason),
  });
}

/** The two Peso columns of a Dirigente's row differ; `second` is null when the scored one is empty. */
export function weightColumnsDisagree(
  at: CellAt,
  texts: { first: string; second: string | null; used: string },
): Diagnostic {
  return diagnostic("warning", "WEIGHT_COLUMNS_DISAGREE", at, {
    row: at.row + 1,
    first: texts.first,
    second: texts.second ?? NONE_PARAM,
    used: texts.used,
  });
}

export function targetMissing(at: CellAt): Diagnostic {
  const cell = a1(at.row, at.col);
  return diagnostic("warning", "TARGET_MISSING", at, { cell });
}

export function targetUnreadable(
  at: CellAt,
  target: SourceCell<Target>,
  reason: Unreadable,
  severity: "error" | "warning",
): Diagnostic {
  return diagnostic(severity, "TARGET_UNREADABLE", at, {
    raw: displayCell(target.raw, target.numberFormat),
    reason: unreadableParam(reason),
  });
}

export function targetPolarityInferred(at: CellAt, target: SourceCell<Target>, value: ComparisonTarget): Diagnostic {
  return diagnostic("info", "TARGET_POLARITY_INFERRED", at, {
    raw: displayCell(target.raw, target.numberFormat),
    polarity: POLARITY[value.polarity],
    basis: inferenceBasis(value),
  });
}

/** A weighted row whose target says none was set ("n.d.", "-"): its weight scores nothing. */
export function targetNotSet(at: CellAt, target: SourceCell<Target>): Diagnostic {
  return diagnostic("warning", "TARGET_NOT_SET", at, { raw: displayCell(target.raw, target.numberFormat) });
}

/** A target in words only, read as something to deliver (done or not). */
export function targetDeliverable(at: CellAt, target: SourceCell<Target>): Diagnostic {
  return diagnostic("info", "TARGET_DELIVERABLE", at, { raw: displayCell(target.raw, target.numberFormat) });
}

export function targetInconsistent(sheet: string, row: number, odd: InconsistentYear): Diagnostic {
  return diagnostic(
    "warning",
    "TARGET_INCONSISTENT",
    { sheet, row, col: odd.col },
    { year: odd.year, raw: odd.raw, others: odd.others },
  );
}

export function unitWithoutArea(at: CellAt, unit: string): Diagnostic {
  return diagnostic("info", "UNIT_WITHOUT_AREA", at, { unit });
}

export function noPlanTable(): Diagnostic {
  return diagnostic("error", "NO_PLAN_TABLE", { sheet: "", cell: null }, {});
}
