/**
 * A data row of a plan table read into an IndicatorRow: its fill-down columns, targets, weight,
 * actual and marks, with the diagnostics of its target cells.
 */
import type { CellValue } from "../grid/types";
import type { Diagnostic } from "../diagnostics/types";
import type { IndicatorRow, SourceCell, StrategicRef, TableKind } from "../model/types";
import type { Actual, Target } from "../targets/types";
import type { CellParsers } from "./cellParsers";
import { inconsistentYears } from "./cruscotto";
import {
  targetDeliverable,
  targetInconsistent,
  targetMissing,
  targetNotSet,
  targetPolarityInferred,
  targetUnreadable,
} from "./diagnostics";
import type { FillDownMemory, OpenTable, PesoSums, SheetCells } from "./draft";
import { fillDown } from "./fillDown";
import { cellText, isBlank, normalise } from "./text";
import { NO_PESO, readWeight } from "./weights";
import { DERIVED_INDICATOR_PHRASES, NEGATIVE_MARKS, NEUTRALISED_TEXTS } from "./vocabulary";

/** Longer texts in an Albero / Produttività cell are a mark whatever they say. */
const MAX_MARK = 8;

/** Albero / Produttività: any mark ("X", "x", "sì") except an explicit no. */
function isMark(text: string): boolean {
  if (text === "") return false;
  return text.length > MAX_MARK || !NEGATIVE_MARKS.has(text.toLowerCase());
}

/** A Dirigente's synthetic indicator, recognised by its words: its actual will be computed. */
function derivedKind(kind: TableKind, indicator: string): IndicatorRow["derived"] {
  if (kind !== "dirigente") return null;
  const n = normalise(indicator);
  if (DERIVED_INDICATOR_PHRASES.ente.some((p) => n.includes(p))) return "ente";
  if (DERIVED_INDICATOR_PHRASES.area.some((p) => n.includes(p))) return "area";
  return null;
}

function targetCell(
  sheet: SheetCells,
  r: number,
  row: CellValue[],
  c: number | undefined,
  indicator: string,
  parsers: CellParsers,
): SourceCell<Target> {
  if (c === undefined) return { col: null, raw: null, numberFormat: "General", value: null };
  const raw = row[c] ?? null;
  const format = sheet.format(r, c);
  return { col: c, raw, numberFormat: format, value: isBlank(raw) ? null : parsers.target(raw, format, indicator) };
}

function actualCell(
  sheet: SheetCells,
  r: number,
  row: CellValue[],
  c: number | undefined,
  parsers: CellParsers,
): SourceCell<Actual> {
  if (c === undefined) return { col: null, raw: null, numberFormat: "General", value: null };
  const raw = row[c] ?? null;
  const format = sheet.format(r, c);
  return { col: c, raw, numberFormat: format, value: isBlank(raw) ? null : parsers.actual(raw, format) };
}

const NO_DIAGNOSTICS: readonly Diagnostic[] = [];

/** The motivazione dello scostamento as typed (a number or a date shown as text); null when empty. */
function justificationOf(row: CellValue[], c: number | undefined): string | null {
  if (c === undefined) return null;
  const text = cellText(row[c]);
  return text === "" ? null : text;
}

/** Short enough to be a status typed in a cell: «Neutralizzato», «Indicatore neutralizzato». */
const MAX_NEUTRALISED_TEXT = 30;

/**
 * Neutralised by the OIV: the Neutralizzato column holds a mark (sì, x, vero, TRUE, any text but an explicit
 * no), or a cell of the table's row says «Neutralizzato» as a status. Only cells starting with n/N or i/I are
 * normalised, so the ordinary rows cost a character test per cell.
 */
function isNeutralised(row: CellValue[], open: OpenTable): boolean {
  const c = open.columns.neutralised;
  if (c !== undefined) {
    const v = row[c];
    if (v === true) return true;
    if (typeof v === "string" && isMark(v.trim())) return true;
  }
  const last = Math.min(row.length - 1, Math.max(open.lastCol, open.columns.actual ?? -1));
  for (let i = open.firstCol; i <= last; i++) {
    const v = row[i];
    if (typeof v !== "string" || v.length > MAX_NEUTRALISED_TEXT) continue;
    // The first letter, past any leading space (trimmed only then: most cells start with their text).
    const c0 = (v.charCodeAt(0) <= 0x20 ? v.trimStart() : v).charCodeAt(0) | 0x20;
    if (c0 !== 0x6e /* n */ && c0 !== 0x69 /* i */) continue;
    if (NEUTRALISED_TEXTS.has(normalise(v))) return true;
  }
  return false;
}

/** Most rows have no diagnostic: lists are joined only when both hold some. */
function joined(a: readonly Diagnostic[], b: readonly Diagnostic[]): readonly Diagnostic[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return [...a, ...b];
}

/** The evaluation year's target: its weight decides whether a missing or unreadable one is an error. */
function targetDiagnostics(sheet: string, ir: IndicatorRow): readonly Diagnostic[] {
  const t = ir.target;
  // A neutralised row leaves every total: its target weighs nothing, like an informational row's.
  const weighted = ir.weight.value !== null && ir.weight.value > 0 && ir.neutralised !== true;
  if (t.col === null) return NO_DIAGNOSTICS; // cruscotto without the evaluation year: reported once as YEAR_COLUMN_MISSING
  const at = { sheet, row: ir.row, col: t.col };
  if (!t.value) return weighted ? [targetMissing(at)] : NO_DIAGNOSTICS;
  // On a weighted row an unreadable target costs the unit part of its score: an error.
  if (t.value.kind === "invalid") return [targetUnreadable(at, t, t.value.reason, weighted ? "error" : "warning")];
  if (t.value.kind === "comparison" && t.value.inferred) return [targetPolarityInferred(at, t, t.value)];
  // "n.d." on a weighted row: the weight scores nothing this period, which a person should decide.
  if (t.value.kind === "not_set") return weighted ? [targetNotSet(at, t)] : NO_DIAGNOSTICS;
  if (t.value.kind === "boolean" && t.value.deliverable) return [targetDeliverable(at, t)];
  return NO_DIAGNOSTICS;
}

/**
 * The other years of a cruscotto row are not scored this run, but an unreadable one is still a cell
 * a person must fix before its year comes, and a year unlike the others is likely debris.
 */
function otherYearsDiagnostics(
  sheet: string,
  r: number,
  byYear: Record<number, SourceCell<Target>>,
  year: number,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [y, cell] of Object.entries(byYear)) {
    if (Number(y) === year || cell.value?.kind !== "invalid" || cell.col === null) continue;
    diagnostics.push(targetUnreadable({ sheet, row: r, col: cell.col }, cell, cell.value.reason, "warning"));
  }
  for (const odd of inconsistentYears(byYear)) diagnostics.push(targetInconsistent(sheet, r, odd));
  return diagnostics;
}

export interface RowReading {
  /** Null for a row with an objective or a note but no indicator and no target. */
  indicator: IndicatorRow | null;
  fillDown: FillDownMemory;
  /** What the row adds to the Peso sums. */
  added: PesoSums;
  diagnostics: readonly Diagnostic[];
}

/** `strategic` is the strategic objective of the headings above the row. */
export function readIndicatorRow(
  sheet: SheetCells,
  r: number,
  row: CellValue[],
  open: OpenTable,
  strategic: StrategicRef | null,
): RowReading {
  const { kind, columns: cols, table } = open;
  const { year, parsers } = sheet;
  const indicator = cellText(row[cols.indicator]);
  const filled = fillDown(sheet, r, row, open);

  const target = targetCell(sheet, r, row, kind === "cruscotto" ? cols.years?.[year] : cols.target, indicator, parsers);
  let targetsByYear: Record<number, SourceCell<Target>> | undefined;
  if (kind === "cruscotto" && cols.years) {
    targetsByYear = {};
    for (const [y, c] of Object.entries(cols.years))
      targetsByYear[Number(y)] = targetCell(sheet, r, row, c, indicator, parsers);
  }
  const anyYear = targetsByYear !== undefined && Object.values(targetsByYear).some((cell) => cell.value);
  if (indicator === "" && !target.value && !anyYear) {
    return { indicator: null, fillDown: filled, added: NO_PESO, diagnostics: NO_DIAGNOSTICS };
  }

  const weight = readWeight(sheet, r, row, cols);
  const ir: IndicatorRow = {
    key: `${sheet.name}!${r + 1}`,
    tableId: table.id,
    sheet: sheet.name,
    row: r,
    unitId: null,
    objective: filled.objective,
    strategicObjective: kind === "cruscotto" ? (filled.strategic ?? table.strategicObjective) : strategic,
    indicator,
    target,
    weight: weight.cell,
    actual: actualCell(sheet, r, row, cols.actual, parsers),
    ...(cols.baseline === undefined ? {} : { baseline: actualCell(sheet, r, row, cols.baseline, parsers) }),
    area: filled.area,
    albero: cols.albero !== undefined && isMark(sheet.mergedText(r, row, cols.albero)),
    produttivita: cols.produttivita !== undefined && isMark(sheet.mergedText(r, row, cols.produttivita)),
    owner: filled.owner,
    servizi: filled.servizi,
    derived: derivedKind(kind, indicator),
  };
  const justification = justificationOf(row, cols.justification);
  if (justification !== null) ir.justification = justification;
  if (isNeutralised(row, open)) ir.neutralised = true;
  if (targetsByYear) ir.targetsByYear = targetsByYear;
  // Every year's Consuntivo of a KPI, for the trend across years (the Riepilogo, the Relazione's Andamento).
  if (kind === "cruscotto" && cols.actualsByYear) {
    const actualsByYear: Record<number, SourceCell<Actual>> = {};
    for (const [y, c] of Object.entries(cols.actualsByYear))
      actualsByYear[Number(y)] = actualCell(sheet, r, row, c, parsers);
    ir.actualsByYear = actualsByYear;
  }
  // A relative target ("+10% rispetto all'anno precedente") is measured from the KPI's previous actual.
  const baselineCol = kind === "cruscotto" ? cols.actualsByYear?.[year - 1] : undefined;
  if (baselineCol !== undefined) ir.baseline = actualCell(sheet, r, row, baselineCol, parsers);
  let diagnostics = joined(weight.diagnostics, targetDiagnostics(sheet.name, ir));
  if (targetsByYear) diagnostics = joined(diagnostics, otherYearsDiagnostics(sheet.name, r, targetsByYear, year));
  return { indicator: ir, fillDown: filled, added: weight.added, diagnostics };
}
