/**
 * The harness of the live-formula tests: score a workbook with the exceljs host, type new actuals into the
 * written file as an officer would, and compare what the sheet's formulas give (once LibreOffice has
 * recalculated them) with what the engine computes for the same new actuals. Every comparison returns a
 * list of mismatches (sheet!cell, expected, got) rather than failing on the first.
 */
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { runPipeline, type RunOptions, type RunResult } from "../../src/core/pipeline";
import { planParts } from "../../src/core/write/steps";
import { applyWritePlan, loadXlsx, readWorkbookGrid } from "../../src/hosts/xlsx";
import { a1 } from "../../src/core/grid/address";
import type { IndicatorRow } from "../../src/core/model/types";
import type { Target } from "../../src/core/targets/types";
import { STATUSES } from "../../src/core/scoring/types";
import { SETTINGS_SHEET_NAME } from "../../src/core/settings/types";
import type { SheetCalculation } from "../../src/core/settings/types";
import type { CellWrite } from "../../src/core/write/types";
import { WRITE_TEXTS } from "../../src/core/write/labels";
import { ENTE_METHOD_LABELS, STATUS_LABELS } from "../../src/i18n/labels";
import { MONITORING_TEXTS } from "../../src/core/monitoring/labels";
import { dateToSerial } from "../../src/hosts/xlsx";
import type { Lang } from "../../src/i18n/messages";
import { buildWorkbookCases } from "../fixtures/build-fixtures";
import { buildEveryTargetKind } from "../fixtures/every-target-kind";
import { ownedRanges, type OwnedRange } from "./snapshot";
import { shownColours } from "./shown-colour";
import { STATUS_STYLES } from "../../src/core/write/styles";
import { formulaOf, isErrorValue, shownValue, type ShownValue } from "./libreofficeRecalc";

export const REPO = path.resolve(__dirname, "..", "..");
export const EXAMPLE = path.join(REPO, "examples", "piano-performance-2022.xlsx");
const FOREIGN = path.join(REPO, "test", "fixtures", "foreign");

/**
 * One file of each kind the corpus holds (test/fixtures/foreign/README.md): every program and every
 * package oddity once, spread over the four originals.
 */
export const FOREIGN_SAMPLE = [
  "esempio-libreoffice.xlsx",
  "molti-blocchi-via-ods.xlsx",
  "una-unita-openpyxl.xlsx",
  "sinonimi-openpyxl-commenti.xlsx",
  "molti-blocchi-openpyxl-1904.xlsx",
  "una-unita-senza-docprops.xlsx",
  "sinonimi-inline.xlsx",
  "esempio-senza-sst.xlsx",
];

/** The example, the three fixtures, the every-kind fixture and the foreign sample, built into `dir`. */
export async function formulaCases(dir: string): Promise<[string, string][]> {
  const cases = await buildWorkbookCases(EXAMPLE, dir);
  cases.push(["every target kind", await buildEveryTargetKind(path.join(dir, "ogni-tipo.xlsx"))]);
  for (const f of FOREIGN_SAMPLE) cases.push([`foreign ${f}`, path.join(FOREIGN, f)]);
  return cases;
}

// ---------------------------------------------------------------------------------------------------
// Scoring into a file

/** The settings sheet's labels (Impostazione) of the settings these tests change, as domain.md names them. */
export const SETTING_LABELS = {
  calculation: "Calcolo nel foglio",
  strict: "Confronti stretti",
  missingAsZero: "Consuntivi mancanti come zero",
  areaMethod: "Metodo Area",
  enteMethod: "Metodo Ente",
  soglia: "Soglia minima",
  cap: "Limite massimo",
  bandRaggiunto: "Soglia Raggiunto",
  bandParziale: "Soglia Parzialmente raggiunto",
} as const;

/**
 * Sets one setting's Valore in the workbook's settings sheet (a number as a % when `percent`), adding its
 * row, or a minimal sheet, when there is none.
 */
export function setSetting(wb: ExcelJS.Workbook, label: string, value: string | number, percent = false): void {
  let ws = wb.getWorksheet(SETTINGS_SHEET_NAME);
  if (!ws) {
    ws = wb.addWorksheet(SETTINGS_SHEET_NAME);
    ws.getCell("A1").value = "Impostazione";
    ws.getCell("B1").value = "Valore";
  }
  let row = 0;
  ws.eachRow((r, n) => {
    if (String(r.getCell(1).value ?? "").trim() === label) row = n;
  });
  if (row === 0) row = ws.rowCount + 1;
  ws.getCell(row, 1).value = label;
  const cell = ws.getCell(row, 2);
  cell.value = value;
  if (percent) setFormat(cell, "0%");
}

/** Sets «Calcolo nel foglio». */
export function setCalculation(wb: ExcelJS.Workbook, calculation: SheetCalculation): void {
  setSetting(wb, SETTING_LABELS.calculation, calculation);
}

/** Scores `input` with the exceljs host and writes the result to `out`. */
export async function scoreToFile(
  input: string,
  out: string,
  options: {
    calculation?: SheetCalculation;
    /** Other settings typed into the settings sheet before the run (those that shape the formulas). */
    settings?: readonly { label: string; value: string | number }[];
    /** The run's own options (a monitoring point, the run's date). */
    run?: RunOptions;
  } = {},
): Promise<RunResult> {
  const wb = await loadXlsx(input);
  if (options.calculation) setCalculation(wb, options.calculation);
  for (const s of options.settings ?? []) setSetting(wb, s.label, s.value);
  const result = runPipeline(readWorkbookGrid(wb), options.run);
  applyWritePlan(wb, result.writePlan);
  await wb.xlsx.writeFile(out);
  return result;
}

/** The engine's run on a file, as the CLI would read it. */
export async function engineOn(
  file: string,
  options: RunOptions = {},
): Promise<{ wb: ExcelJS.Workbook; run: RunResult }> {
  const wb = await loadXlsx(file);
  return { wb, run: runPipeline(readWorkbookGrid(wb), options) };
}

// ---------------------------------------------------------------------------------------------------
// Where each indicator's Raggiungimento and Stato are

/** 1-based, as exceljs counts. */
export interface IndicatorCells {
  sheet: string;
  row: number;
  ragg: number;
  stato: number;
}

/** The owned range holding a row: the nearest header above it (blocks follow one another down a sheet). */
function rangeOf(ranges: readonly OwnedRange[], sheet: string, row: number): OwnedRange | null {
  let best: OwnedRange | null = null;
  for (const r of ranges) {
    if (r.sheet !== sheet || row <= r.top || row > r.bottom) continue;
    if (!best || r.top > best.top) best = r;
  }
  return best;
}

/** Each indicator's Raggiungimento and Stato cells, found by the headers of the owned range above it. */
export function indicatorCells(
  wb: ExcelJS.Workbook,
  indicators: readonly IndicatorRow[],
  lang: Lang,
): Map<string, IndicatorCells> {
  const t = WRITE_TEXTS[lang];
  const ranges = ownedRanges(wb).filter((r) => r.name.startsWith("CP_OWN_"));
  const out = new Map<string, IndicatorCells>();
  for (const ind of indicators) {
    const row = ind.row + 1;
    const range = rangeOf(ranges, ind.sheet, row);
    const ws = wb.getWorksheet(ind.sheet);
    if (!range || !ws) continue;
    let ragg = 0;
    let stato = 0;
    for (let c = range.left; c <= range.right; c++) {
      const h = String(shownValue(ws.getCell(range.top, c)) ?? "");
      if (ragg === 0 && h.startsWith(t.raggiungimento)) ragg = c;
      if (stato === 0 && h.startsWith(t.stato)) stato = c;
    }
    if (ragg > 0 && stato > 0) out.set(ind.key, { sheet: ind.sheet, row, ragg, stato });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// New actuals

export type NewActual =
  | { kind: "number"; value: number }
  | { kind: "logical"; value: boolean }
  | { kind: "percent"; value: number }
  | { kind: "date"; iso: string }
  | { kind: "text"; text: string }
  | { kind: "empty" };

export interface Candidate {
  label: string;
  value: NewActual;
}

export interface ActualChange {
  key: string;
  cell: string;
  /** The target's kind as the engine read it ("comparison", "deadline" …; "none" without a target). */
  targetKind: string;
  target: string;
  /** What the new actual tests ("% above 100%", "percentage points below" …). */
  label: string;
  before: string;
  after: string;
  value: NewActual;
}

export interface UnchangedRow {
  key: string;
  cell: string;
  reason: string;
}

/** A small deterministic generator (mulberry32): the same seed gives the same actuals on every run. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const round4 = (v: number): number => Math.round(v * 10000) / 10000;
const num = (label: string, value: number): Candidate => ({ label, value: { kind: "number", value: round4(value) } });
const pct = (label: string, value: number): Candidate => ({ label, value: { kind: "percent", value: round4(value) } });
const txt = (label: string, text: string): Candidate => ({ label, value: { kind: "text", text } });
const EMPTY: Candidate = { label: "empty", value: { kind: "empty" } };
const BOH: Candidate = txt("unreadable text", "boh");
/** What officers type for «not available yet»: no actual, as an empty cell. */
const ND: Candidate = txt("n.d.", "n.d.");
const logical = (label: string, value: boolean): Candidate => ({ label, value: { kind: "logical", value } });

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const day = (label: string, iso: string): Candidate => ({ label, value: { kind: "date", iso } });

/** The baseline of a row as a number, when it has one. */
function baselineNumber(row: IndicatorRow): number | null {
  const b = row.baseline?.value;
  return b && (b.kind === "number" || b.kind === "ratio") ? b.value : null;
}

/**
 * A date typed into a row whose target is a percentage: the engine reads a date cell by its format and
 * calls it unfit (Non valutabile); a formula sees only its serial. Kept out of candidatesFor so that this
 * one reading has a test of its own and does not hide the others behind the totals it moves.
 */
export function dateAgainstPercent(row: IndicatorRow): Candidate[] {
  const t = row.target.value;
  return t?.kind === "comparison" && t.percent && t.value > 0 ? [day("a date against a % target", "2022-06-30")] : [];
}

/**
 * A bad year: every actual far from its target, so that every total falls — the Areas' and the Ente's
 * scores below the targets of the Dirigenti's indicators that take them as their actual.
 */
export function badYear(row: IndicatorRow): Candidate[] {
  const t = row.target.value;
  switch (t?.kind) {
    case "comparison":
      if (t.value <= 0) return [num("a bad year", t.polarity === "lower" ? t.value + 5 : t.value - 5)];
      if (t.polarity === "lower")
        return [t.percent ? pct("a bad year", Math.min(1, t.value * 3)) : num("a bad year", t.value * 3)];
      return [t.percent ? pct("a bad year", t.value * 0.4) : num("a bad year", t.value * 0.4)];
    case "relative": {
      const b = baselineNumber(row);
      return b === null ? [] : [num("a bad year", t.direction === "increase" ? b * 0.5 : b * 2)];
    }
    case "deadline":
      return [day("a bad year", addDays(t.deadlines[t.deadlines.length - 1], 60))];
    case "qualitative":
      return [txt("a bad year", "Basso")];
    case "boolean":
      return [txt("a bad year", "no")];
    default:
      return [];
  }
}

/** New actuals fitting (and some not fitting) the row's target, each with what it tests. */
export function candidatesFor(row: IndicatorRow): Candidate[] {
  const t: Target | null = row.target.value;
  if (!t) return [num("number, no target", 5), EMPTY];
  switch (t.kind) {
    case "comparison": {
      const T = t.value;
      if (T <= 0) {
        return [
          num("below T<=0", T - 1),
          num("above T<=0", T + 1),
          num("equal to T<=0", T),
          num("half below", T - 0.5),
          EMPTY,
          BOH,
        ];
      }
      if (t.percent) {
        const ppLow = Math.max(1.5, T * 100 * 0.85);
        return [
          pct("% below target", T * 0.8),
          pct("% above target", Math.min(T * 1.1, 1.2)),
          pct("% above 100%", 1.15),
          num("percentage points below", ppLow),
          num("percentage points above", T * 100 * 1.1 + 1),
          num("plain fraction", T * 0.9),
          pct("% far below", T * 0.4),
          EMPTY,
          BOH,
          num("exactly 1 (a fraction: 100%)", 1),
          ND,
          logical("TRUE against a number", true),
        ];
      }
      return [
        num("above target", T * 1.2),
        num("below target", T * 0.75),
        num("just below", T * 0.92),
        num("equal to target", T),
        num("zero", 0),
        pct("a % against a plain target", 1.05),
        EMPTY,
        BOH,
        ND,
      ];
    }
    case "relative": {
      const b = baselineNumber(row);
      if (b === null) return [num("no baseline", 10), EMPTY];
      const thr = t.direction === "increase" ? b * (1 + t.change) : b * (1 - t.change);
      return [
        num("above the relative threshold", thr * 1.05),
        num("below the relative threshold", thr * 0.9),
        num("at the relative threshold", thr),
        num("far below", thr * 0.5),
        EMPTY,
        BOH,
      ];
    }
    case "deadline": {
      const first = t.deadlines[0];
      const last = t.deadlines[t.deadlines.length - 1];
      return [
        day("before every deadline", addDays(first, -10)),
        day("after every deadline", addDays(last, 15)),
        day(
          t.deadlines.length > 1 ? "between the deadlines" : "on the deadline",
          t.deadlines.length > 1 ? addDays(first, 5) : first,
        ),
        txt("sì", "sì"),
        txt("no", "no"),
        EMPTY,
        BOH,
        pct("a % against a deadline", 0.5),
        ND,
        logical("TRUE", true),
        logical("FALSE", false),
      ];
    }
    case "qualitative":
      return [
        txt("level", "Basso"),
        txt("level", "Medio-basso"),
        txt("level", "Medio"),
        txt("level", "Medio-alto"),
        txt("level", "Alto"),
        txt("level, en dash", "Medio–alto"),
        txt("level, space for the dash", "medio basso"),
        EMPTY,
        BOH,
        txt("level, lower case", "alto"),
        txt("level, padded", " Medio "),
        ND,
      ];
    case "boolean":
      return [
        txt("yes", "sì"),
        txt("no", "no"),
        EMPTY,
        txt("yes, capital", "Sì"),
        txt("yes as x", "x"),
        txt("done", "fatto"),
        txt("done", "realizzato"),
        txt("not done", "in corso"),
        txt("no, capitals", "NO"),
        txt("yes without accent, padded", " si "),
        logical("TRUE", true),
        logical("FALSE", false),
        ND,
        ...(t.deliverable ? [day("a deliverable's date", "2022-05-31")] : []),
        BOH,
      ];
    default:
      // baseline, n.d., unreadable: nothing to score whatever is typed.
      return [num("number, no scorable target", 5), EMPTY, BOH];
  }
}

function describeActual(v: NewActual): string {
  switch (v.kind) {
    case "number":
      return String(v.value);
    case "logical":
      return v.value ? "TRUE (a logical cell)" : "FALSE (a logical cell)";
    case "percent":
      return `${round4(v.value * 100)}% (cell formatted %)`;
    case "date":
      return `date ${v.iso}`;
    case "text":
      return `"${v.text}"`;
    case "empty":
      return "(empty)";
  }
}

/**
 * A number format for one cell. exceljs shares one style object among the cells a file gave the same
 * style, so setting `cell.numFmt` would change every one of them: the cell gets a style of its own.
 */
function setFormat(cell: ExcelJS.Cell, numFmt: string): void {
  cell.style = { ...cell.style, numFmt };
}

function writeActual(cell: ExcelJS.Cell, v: NewActual): void {
  switch (v.kind) {
    case "number":
    case "logical":
      cell.value = v.value;
      setFormat(cell, "General");
      return;
    case "percent":
      cell.value = v.value;
      setFormat(cell, "0.0%");
      return;
    case "date":
      cell.value = new Date(`${v.iso}T00:00:00Z`);
      setFormat(cell, "dd/mm/yyyy");
      return;
    case "text":
      cell.value = v.text;
      setFormat(cell, "General");
      return;
    case "empty":
      cell.value = null;
      return;
  }
}

function targetText(row: IndicatorRow): string {
  const raw = row.target.raw;
  return raw === null ? "(no target)" : String(raw);
}

/**
 * Why a row's Stato may be a value in a workbook written with formulas: its actual is typed in a way a
 * formula cannot read (a number or a ratio typed as text, «76,5%», «45/50»; several dates in one cell).
 * The design keeps such rows as values with a Note; null when the row has no such reason.
 */
export function valueOnPurpose(row: IndicatorRow): string | null {
  const a = row.actual.value;
  if (!a || typeof a.raw !== "string") return null;
  if (a.kind === "number") return `actual typed as text «${a.raw}»`;
  if (a.kind === "ratio") return `ratio typed as text «${a.raw}»`;
  if (a.kind === "date" && a.dates.length > 1) return `several dates in one cell «${a.raw}»`;
  if (a.kind === "date") return `date typed as text «${a.raw}»`;
  return null;
}

/** The reason given for a row the design keeps as values (see valueOnPurpose). */
export const VALUE_ON_PURPOSE = "written as a value on purpose";

/** Rows whose targets offer the same candidates take them in turn. */
function groupOf(row: IndicatorRow, candidates: readonly Candidate[]): string {
  return `${row.target.value?.kind ?? "none"}:${candidates.map((c) => c.label).join("|")}`;
}

/**
 * Types new actuals into the written workbook, varied across rows and covering every candidate of every
 * target kind in turn (the seed fixes where each cycle starts when a kind has rows enough for them all).
 * `candidatesOf` picks the new actuals a row may get (default: candidatesFor). Rows are left alone, and listed with why,
 * when the sheet cannot follow them by design (value on purpose), when their actual is the engine's own
 * (the Dirigenti's derived indicators) or when they have no Consuntivo cell.
 */
export function changeActuals(
  wb: ExcelJS.Workbook,
  run: RunResult,
  seed: number,
  candidatesOf: (row: IndicatorRow) => Candidate[] = candidatesFor,
): { changes: ActualChange[]; unchanged: UnchangedRow[] } {
  const random = seeded(seed);
  const cells = indicatorCells(wb, run.plan.indicators, run.settings.lang);
  const cycle = new Map<string, number>();
  const groupSizes = new Map<string, number>();
  for (const row of run.plan.indicators) {
    const g = groupOf(row, candidatesOf(row));
    groupSizes.set(g, (groupSizes.get(g) ?? 0) + 1);
  }
  const changes: ActualChange[] = [];
  const unchanged: UnchangedRow[] = [];
  for (const row of run.plan.indicators) {
    const col = row.actual.col;
    const cellName = col === null ? `${row.sheet}!(no Consuntivo)` : `${row.sheet}!${a1(row.row, col)}`;
    if (row.derived) {
      unchanged.push({ key: row.key, cell: cellName, reason: `derived indicator (${row.derived})` });
      continue;
    }
    if (col === null) {
      unchanged.push({ key: row.key, cell: cellName, reason: "no Consuntivo column" });
      continue;
    }
    const ws = wb.getWorksheet(row.sheet) as ExcelJS.Worksheet;
    const owned = cells.get(row.key);
    const stato = owned ? ws.getCell(owned.row, owned.stato) : null;
    const why = valueOnPurpose(row);
    if (why !== null && stato !== null && formulaOf(stato) === null) {
      unchanged.push({ key: row.key, cell: cellName, reason: `${VALUE_ON_PURPOSE}: ${why}` });
      continue;
    }
    const cell = ws.getCell(row.row + 1, col + 1);
    if (cell.isMerged && cell.master !== cell) {
      unchanged.push({ key: row.key, cell: cellName, reason: "actual cell covered by a merge" });
      continue;
    }
    if (formulaOf(cell) !== null) {
      unchanged.push({ key: row.key, cell: cellName, reason: "actual is a person's formula" });
      continue;
    }
    const candidates = candidatesOf(row);
    if (candidates.length === 0) {
      unchanged.push({ key: row.key, cell: cellName, reason: "no new actual of this kind for its target" });
      continue;
    }
    const group = groupOf(row, candidates);
    let at = cycle.get(group);
    // A group with fewer rows than candidates starts at the first (the essential ones come first), so
    // that a small workbook still gets them; a larger one starts where the seed says.
    if (at === undefined)
      at = (groupSizes.get(group) ?? 0) >= candidates.length ? Math.floor(random() * candidates.length) : 0;
    cycle.set(group, at + 1);
    const pick = candidates[at % candidates.length];
    const before = row.actual.raw === null ? "(empty)" : String(row.actual.raw);
    writeActual(cell, pick.value);
    changes.push({
      key: row.key,
      cell: cellName,
      targetKind: row.target.value?.kind ?? "none",
      target: targetText(row),
      label: pick.label,
      before,
      after: describeActual(pick.value),
      value: pick.value,
    });
  }
  return { changes, unchanged };
}

/**
 * Retypes every actual the design keeps as values the way its Note asks — a number or a percentage as a
 * number cell, a ratio as its value formatted %, dates as one date cell (the last one written) — so that
 * the next run writes the whole workbook live. Returns the cells retyped.
 */
export function typeActualsLive(wb: ExcelJS.Workbook, run: RunResult): string[] {
  const out: string[] = [];
  for (const row of run.plan.indicators) {
    const a = row.actual.value;
    const col = row.actual.col;
    if (row.derived || col === null || !a || valueOnPurpose(row) === null) continue;
    const cell = (wb.getWorksheet(row.sheet) as ExcelJS.Worksheet).getCell(row.row + 1, col + 1);
    if (a.kind === "number")
      writeActual(cell, a.percent ? { kind: "percent", value: a.value } : { kind: "number", value: a.value });
    else if (a.kind === "ratio") writeActual(cell, { kind: "percent", value: a.value });
    else if (a.kind === "date") writeActual(cell, { kind: "date", iso: a.dates[a.dates.length - 1] });
    else continue;
    out.push(`${row.sheet}!${a1(row.row, col)}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Comparisons

export interface Mismatch {
  cell: string;
  what: string;
  expected: string;
  got: string;
}

export function formatMismatch(m: Mismatch): string {
  return `${m.cell} ${m.what}: expected ${m.expected}, got ${m.got}`;
}

/** At most `max` lines, and how many more there were: a readable failure for a large workbook. */
export function mismatchReport(ms: readonly Mismatch[], max = 60): string[] {
  const lines = ms.slice(0, max).map(formatMismatch);
  if (ms.length > max) lines.push(`… and ${ms.length - max} more`);
  return lines;
}

const show = (v: ShownValue): string =>
  v === null ? "(empty)" : v instanceof Date ? `date ${v.toISOString().slice(0, 10)}` : JSON.stringify(v);
const showNumber = (v: number | null): string => (v === null ? "(empty)" : String(v));
const isEmpty = (v: ShownValue): boolean => v === null || v === "";
/**
 * A date as its serial (the same cell shown through another number format), and a logical as 1 or 0:
 * LibreOffice has no logical type, a formula passing TRUE on gives 1 where Excel gives TRUE.
 */
const asNumber = (v: ShownValue): ShownValue =>
  v instanceof Date ? dateToSerial(v) : typeof v === "boolean" ? Number(v) : v;

function sameNumber(expected: number | null, got: ShownValue, tolerance = 1e-9): boolean {
  if (expected === null) return isEmpty(got);
  return typeof got === "number" && Math.abs(got - expected) <= tolerance;
}

/**
 * Every formula's cached result in the file the host wrote against what LibreOffice computes for it: what
 * a viewer that does not recalculate shows must be what the formula gives.
 */
export function compareCached(written: ExcelJS.Workbook, recalculated: ExcelJS.Workbook): Mismatch[] {
  const out: Mismatch[] = [];
  written.eachSheet((ws) => {
    const other = recalculated.getWorksheet(ws.name);
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const f = formulaOf(cell);
        if (f === null) return;
        const cached = shownValue(cell);
        const got = other ? shownValue(other.getCell(r, c)) : null;
        const same =
          typeof cached === "number" && typeof got === "number"
            ? Math.abs(cached - got) <= 1e-9
            : (isEmpty(cached) && isEmpty(got)) || cached === got;
        if (!same) {
          out.push({
            cell: `${ws.name}!${a1(r - 1, c - 1)}`,
            what: `cached result of ${f}`,
            expected: show(got),
            got: show(cached),
          });
        }
      }),
    );
  });
  return out;
}

/**
 * Every formula cell of the Riepilogo handed to LibreOffice against what the engine would write there for
 * the same actuals (its write plan's value at that cell; nothing written = empty): a net under the checks
 * by meaning, catching the figures they do not name (the trend, a column added later). Only the Riepilogo:
 * on a unit sheet the engine's next run may move the owned columns (a Motivazione scostamento column created
 * once an indicator falls short), so positions there are compared by meaning only (compareIndicators).
 */
export function compareWithPlan(
  recalculated: ExcelJS.Workbook,
  handedOver: ExcelJS.Workbook,
  engine: RunResult,
): Mismatch[] {
  const sheet = riepilogoSheet(handedOver, engine.plan.year)?.name;
  const planned = new Map<string, CellWrite>();
  for (const c of planParts(engine.writePlan).cells) planned.set(`${c.sheet}!${a1(c.row, c.col)}`, c);
  const out: Mismatch[] = [];
  handedOver.eachSheet((ws) => {
    if (ws.name !== sheet) return;
    const other = recalculated.getWorksheet(ws.name);
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const f = formulaOf(cell);
        if (f === null) return;
        const key = `${ws.name}!${a1(r - 1, c - 1)}`;
        const want = asNumber(planned.get(key)?.value ?? null);
        const got = other ? shownValue(other.getCell(r, c)) : null;
        const same =
          typeof want === "number" ? sameNumber(want, asNumber(got)) : (isEmpty(want) && isEmpty(got)) || want === got;
        if (!same) out.push({ cell: key, what: `formula ${f}`, expected: show(want), got: show(got) });
      }),
    );
  });
  return out;
}

/** Mismatches of `more` whose cell none of `first` names: one line per cell in the report. */
export function unseen(first: readonly Mismatch[], more: readonly Mismatch[]): Mismatch[] {
  const seen = new Set(first.map((m) => m.cell));
  return more.filter((m) => !seen.has(m.cell));
}

/**
 * Every indicator's Raggiungimento and Stato in the recalculated file against the engine's results, but for
 * the rows in `skip` (the caller says which and why).
 */
export function compareIndicators(
  recalculated: ExcelJS.Workbook,
  cells: ReadonlyMap<string, IndicatorCells>,
  engine: RunResult,
  context: ReadonlyMap<string, string> = new Map(),
  skip: ReadonlySet<string> = new Set(),
): Mismatch[] {
  const labels = STATUS_LABELS[engine.settings.lang];
  const out: Mismatch[] = [];
  engine.plan.indicators.forEach((row, i) => {
    if (skip.has(row.key)) return;
    const result = engine.scorecard.indicators[i];
    const at = cells.get(row.key);
    const about = ` [target ${targetText(row)}${context.has(row.key) ? `, ${context.get(row.key)}` : ""}]`;
    if (!at) {
      out.push({ cell: row.key, what: `owned cells${about}`, expected: "Raggiungimento and Stato", got: "none found" });
      return;
    }
    const ws = recalculated.getWorksheet(at.sheet) as ExcelJS.Worksheet;
    const ragg = shownValue(ws.getCell(at.row, at.ragg));
    if (!sameNumber(result.achievement, ragg)) {
      out.push({
        cell: `${at.sheet}!${a1(at.row - 1, at.ragg - 1)}`,
        what: `Raggiungimento${about}`,
        expected: showNumber(result.achievement),
        got: show(ragg),
      });
    }
    const statoAt = `${at.sheet}!${a1(at.row - 1, at.stato - 1)}`;
    const stato = shownValue(ws.getCell(at.row, at.stato));
    if (stato !== labels[result.status]) {
      out.push({
        cell: statoAt,
        what: `Stato${about}`,
        expected: JSON.stringify(labels[result.status]),
        got: show(stato),
      });
    } else {
      // The colour follows the text through conditional formatting (or is the written fill where there is none).
      const fill =
        shownColours(ws, a1(at.row - 1, at.stato - 1))
          .fill?.slice(-6)
          .toUpperCase() ?? "(none)";
      const want = STATUS_STYLES[result.status].fill ?? "(none)";
      if (fill !== want)
        out.push({
          cell: statoAt,
          what: `colour of Stato ${JSON.stringify(stato)}${about}`,
          expected: want,
          got: fill,
        });
    }
  });
  return out;
}

/** Error values (#NAME?, #VALUE!, Err:502 …) in the owned ranges and on the Riepilogo. */
export function errorValues(recalculated: ExcelJS.Workbook, year: number): Mismatch[] {
  const out: Mismatch[] = [];
  const check = (ws: ExcelJS.Worksheet, row: number, col: number): void => {
    const v = shownValue(ws.getCell(row, col));
    if (isErrorValue(v)) {
      const f = formulaOf(ws.getCell(row, col));
      out.push({
        cell: `${ws.name}!${a1(row - 1, col - 1)}`,
        what: `error value (${f ?? "no formula"})`,
        expected: "a value",
        got: show(v),
      });
    }
  };
  for (const r of ownedRanges(recalculated)) {
    const ws = recalculated.getWorksheet(r.sheet);
    if (!ws) continue;
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) check(ws, row, col);
  }
  const summary = riepilogoSheet(recalculated, year);
  summary?.eachRow((row, n) => row.eachCell((_c, col) => check(summary, n, col)));
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The Riepilogo

export interface RiepilogoFigures {
  ente: ShownValue;
  /** Which method the Ente's score used, as the sheet says it. */
  method: ShownValue;
  /** The KPI table's evaluation-year Consuntivo, one per KPI line in order; absent without that column. */
  kpiActuals: ShownValue[] | null;
  areas: { name: ShownValue; score: ShownValue; units: ShownValue }[];
  units: {
    name: ShownValue;
    score: ShownValue;
    coverage: ShownValue;
    weightSum: ShownValue;
    productivity: ShownValue;
    status: ShownValue;
  }[];
  strategic: { name: ShownValue; number: ShownValue; score: ShownValue }[];
  byStatus: Map<string, ShownValue>;
  /** Where each figure was read, for the mismatch list. */
  at: Map<string, string>;
}

export function riepilogoSheet(wb: ExcelJS.Workbook, year: number): ExcelJS.Worksheet | undefined {
  return wb.getWorksheet(`Riepilogo ${year}`);
}

/** The rows under a header row whose first cells are `labels`, up to the first row with an empty first cell. */
function section(ws: ExcelJS.Worksheet, labels: readonly string[]): { header: number; rows: number[] } | null {
  for (let r = 1; r <= ws.rowCount; r++) {
    if (labels.every((l, i) => shownValue(ws.getCell(r, i + 1)) === l)) {
      const rows: number[] = [];
      for (let k = r + 1; k <= ws.rowCount && !isEmpty(shownValue(ws.getCell(k, 1))); k++) rows.push(k);
      return { header: r, rows };
    }
  }
  return null;
}

function columnOf(ws: ExcelJS.Worksheet, header: number, label: string): number {
  for (let c = 1; c <= ws.columnCount; c++) if (shownValue(ws.getCell(header, c)) === label) return c;
  return 0;
}

/** The Riepilogo's figures as a reader finds them: located by the section headers the sheet writes. */
export function readRiepilogo(ws: ExcelJS.Worksheet, lang: Lang, year?: number): RiepilogoFigures {
  const t = WRITE_TEXTS[lang];
  const at = new Map<string, string>();
  const get = (key: string, row: number, col: number): ShownValue => {
    at.set(key, `${ws.name}!${a1(row - 1, col - 1)}`);
    return col === 0 ? null : shownValue(ws.getCell(row, col));
  };
  const figures: RiepilogoFigures = {
    ente: null,
    method: null,
    kpiActuals: null,
    areas: [],
    units: [],
    strategic: [],
    byStatus: new Map(),
    at,
  };
  const ente = section(ws, [t.ente, t.score]);
  if (ente && ente.rows.length > 0) {
    figures.ente = get("ente", ente.rows[0], 2);
    figures.method = get("ente method", ente.rows[0], columnOf(ws, ente.header, t.method));
  }
  const kpis = section(ws, [MONITORING_TEXTS[lang].kpiIndicator, t.number]);
  if (kpis && year !== undefined) {
    const col = columnOf(ws, kpis.header, MONITORING_TEXTS[lang].kpiActual(year));
    if (col > 0) figures.kpiActuals = kpis.rows.map((r, i) => get(`kpi ${i} actual`, r, col));
  }
  const areas = section(ws, [t.area, t.score]);
  if (areas && shownValue(ws.getCell(areas.rows[0] ?? 0, 1)) !== t.none) {
    areas.rows.forEach((r, i) =>
      figures.areas.push({
        name: get(`area ${i} name`, r, 1),
        score: get(`area ${i} score`, r, 2),
        units: get(`area ${i} units`, r, 3),
      }),
    );
  }
  const units = section(ws, [t.unit, t.kind]);
  if (units) {
    const col = (label: string): number => columnOf(ws, units.header, label);
    const [score, coverage, weightSum, productivity, status] = [
      t.score,
      t.coverage,
      t.weightSum,
      t.productivity,
      t.status,
    ].map(col);
    units.rows.forEach((r, i) => {
      if (shownValue(ws.getCell(r, 1)) === t.none) return;
      figures.units.push({
        name: get(`unit ${i} name`, r, 1),
        score: get(`unit ${i} score`, r, score),
        coverage: get(`unit ${i} coverage`, r, coverage),
        weightSum: get(`unit ${i} weight sum`, r, weightSum),
        productivity: get(`unit ${i} productivity`, r, productivity),
        status: get(`unit ${i} status`, r, status),
      });
    });
  }
  const strategic = section(ws, [t.strategicObjective, t.number]);
  if (strategic) {
    const score = columnOf(ws, strategic.header, t.score);
    strategic.rows.forEach((r, i) => {
      if (shownValue(ws.getCell(r, 1)) === t.none) return;
      figures.strategic.push({
        name: get(`strategic ${i} name`, r, 1),
        number: get(`strategic ${i} number`, r, 2),
        score: get(`strategic ${i} score`, r, score),
      });
    });
  }
  const byStatus = section(ws, [t.status, t.count]);
  if (byStatus) {
    for (const r of byStatus.rows) {
      const label = String(shownValue(ws.getCell(r, 1)));
      figures.byStatus.set(label, get(`status ${label}`, r, 2));
    }
  }
  return figures;
}

/**
 * The Riepilogo's figures against the engine's: every score, coverage, weight sum and count, the Ente's
 * method, and the KPI table's evaluation-year Consuntivo against the cruscotto's cells as the sheet shows them.
 */
export function compareRiepilogo(recalculated: ExcelJS.Workbook, engine: RunResult): Mismatch[] {
  const { scorecard, plan } = engine;
  const lang = engine.settings.lang;
  const ws = riepilogoSheet(recalculated, plan.year);
  if (!ws) return [{ cell: `Riepilogo ${scorecard.year}`, what: "sheet", expected: "present", got: "missing" }];
  const f = readRiepilogo(ws, lang, plan.year);
  const labels = STATUS_LABELS[lang];
  const out: Mismatch[] = [];
  const where = (key: string): string => f.at.get(key) ?? `${ws.name}!?`;
  const numberAt = (key: string, what: string, expected: number | null, got: ShownValue): void => {
    if (!sameNumber(expected, got))
      out.push({ cell: where(key), what, expected: showNumber(expected), got: show(got) });
  };
  const textAt = (key: string, what: string, expected: string, got: ShownValue): void => {
    if (got !== expected) out.push({ cell: where(key), what, expected: JSON.stringify(expected), got: show(got) });
  };

  numberAt("ente", "Ente score", scorecard.ente.score, f.ente);
  const method = scorecard.ente.method ? ENTE_METHOD_LABELS[lang][scorecard.ente.method] : WRITE_TEXTS[lang].noMethod;
  textAt("ente method", "Ente method", method, f.method);

  if (f.kpiActuals) {
    const kpis = plan.strategicObjectives.flatMap((o) => o.kpis);
    kpis.forEach((k, i) => {
      const col = k.actual.col;
      const source = recalculated.getWorksheet(k.sheet);
      if (col === null || !source) return;
      const typed = asNumber(shownValue(source.getCell(k.row + 1, col + 1)));
      const got = asNumber(f.kpiActuals?.[i] ?? null);
      const same =
        typeof typed === "number" ? sameNumber(typed, got) : (isEmpty(typed) && isEmpty(got)) || typed === got;
      if (!same) {
        out.push({
          cell: where(`kpi ${i} actual`),
          what: `${plan.year} Consuntivo of KPI «${k.indicator}» (${k.sheet}!${a1(k.row, col)})`,
          expected: show(typed),
          got: show(got),
        });
      }
    });
  }

  if (f.areas.length !== scorecard.areas.length) {
    out.push({
      cell: ws.name,
      what: "number of Areas",
      expected: String(scorecard.areas.length),
      got: String(f.areas.length),
    });
  }
  scorecard.areas.forEach((a, i) => {
    const got = f.areas[i];
    if (!got) return;
    textAt(`area ${i} name`, "Area", a.name, got.name);
    numberAt(`area ${i} score`, `score of Area ${a.name}`, a.score, got.score);
    numberAt(`area ${i} units`, `units of Area ${a.name}`, a.units.length, got.units);
  });

  if (f.units.length !== scorecard.units.length) {
    out.push({
      cell: ws.name,
      what: "number of units",
      expected: String(scorecard.units.length),
      got: String(f.units.length),
    });
  }
  scorecard.units.forEach((u, i) => {
    const got = f.units[i];
    if (!got) return;
    textAt(`unit ${i} name`, "unit", u.name, got.name);
    numberAt(`unit ${i} score`, `score of ${u.name}`, u.score, got.score);
    numberAt(`unit ${i} coverage`, `coverage of ${u.name}`, u.coverage, got.coverage);
    numberAt(`unit ${i} weight sum`, `weight sum of ${u.name}`, u.weightSum, got.weightSum);
    numberAt(`unit ${i} productivity`, `productivity of ${u.name}`, u.productivityScore, got.productivity);
    textAt(`unit ${i} status`, `status of ${u.name}`, labels[u.status], got.status);
  });

  if (f.strategic.length !== scorecard.strategicObjectives.length) {
    out.push({
      cell: ws.name,
      what: "number of strategic objectives",
      expected: String(scorecard.strategicObjectives.length),
      got: String(f.strategic.length),
    });
  }
  scorecard.strategicObjectives.forEach((s, i) => {
    const got = f.strategic[i];
    if (!got) return;
    textAt(`strategic ${i} name`, "strategic objective", s.name, got.name);
    numberAt(`strategic ${i} score`, `score of strategic objective ${s.number ?? s.name}`, s.score, got.score);
  });

  const counts = new Map<string, number>(STATUSES.map((s) => [s, 0]));
  for (const r of scorecard.indicators) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  for (const s of STATUSES) {
    const n = counts.get(s) ?? 0;
    const label = labels[s];
    if (!f.byStatus.has(label)) {
      // The Neutralizzato line is written only when there is one.
      if (n !== 0) out.push({ cell: ws.name, what: `count of ${label}`, expected: String(n), got: "no line" });
      continue;
    }
    numberAt(`status ${label}`, `count of ${label}`, n, f.byStatus.get(label) ?? null);
  }
  return out;
}
