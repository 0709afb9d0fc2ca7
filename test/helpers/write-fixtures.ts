/**
 * Fixtures for the write-plan tests: hand-built grids, a tiny stand-in recogniser and scorer (the real
 * ones live in src/core/layout and src/core/scoring), and exceljs helpers for round trips.
 * The stand-ins read the same cells the real ones would (header words, CP_OWN_* names), so a rerun on
 * the add-in's own output exercises the same paths as the CLI.
 */
import ExcelJS from "exceljs";
import type { CellValue, DefinedName, Grid, Rect, WorkbookGrid } from "../../src/core/grid/types";
import { a1, parseRange } from "../../src/core/grid/address";
import type { Diagnostic } from "../../src/core/diagnostics/types";
import type { ColumnMap, IndicatorRow, Plan, SourceCell, TableBlock, TableKind } from "../../src/core/model/types";
import type { IndicatorResult, Scorecard, Status, UnitResult } from "../../src/core/scoring/types";
import { DEFAULT_SETTINGS } from "../../src/core/settings/types";
import type { Actual, Target } from "../../src/core/targets/types";
import { dateToSerial } from "../../src/hosts/xlsx";

export const YEAR = 2022;

export function grid(name: string, rows: CellValue[][], extra: Partial<Grid> = {}): Grid {
  return { name, values: rows.map((r) => [...r]), formats: [], merges: [], ...extra };
}

// ---- a small unit sheet and a cruscotto, shaped like plan-2022 -----------------------------

export const UNIT_HEADER = ["Obiettivo Operativo", "Indicatore", "Target", "Peso", "Area", "Albero", "Produttività"];

/** SERVIZIO STAFF: title, two headings, two header rows (A..G), five indicator rows. */
export function unitSheetRows(): CellValue[][] {
  return [
    ["SERVIZIO STAFF"],
    ["8. Accountability e Trasparenza"],
    [...UNIT_HEADER],
    ["Trasparenza", "Pubblicazione dati", "100%", "3%", "Segreteria Generale", "X", "X"],
    [null, "Aggiornamento sezione", "≥ 80%", "5%", "Segreteria Generale", "X", null],
    ["Anticorruzione", "Misure attuate", "м", "4%", "Segreteria Generale", "X", "X"],
    [],
    ["9. Qualità dei servizi"],
    [...UNIT_HEADER],
    ["Customer", "Indagine", ">= Medio", null, "Trasversale", null, null],
    ["SMVP", "=SUM(A1) typed by a person", "30/06/2022", "10%", "Segreteria Generale", "X", "X"],
  ];
}

export function cruscottoRows(): CellValue[][] {
  return [
    ["CRUSCOTTO STRATEGICO"],
    ["1. Semplificazione Amministrativa", 2021, 2022, 2023, "Owner"],
    ["Servizi full digital/servizi totali", null, "≥ 73%", "≥ 75%", "S. Staff"],
    ["Tempi medi di evasione", null, "<= 70 gg", "<= 60 gg", "S. Staff"],
  ];
}

// ---- a stand-in recogniser ---------------------------------------------------------------------

const fold = (v: CellValue | undefined): string => (typeof v === "string" ? v.trim().toLowerCase() : "");

function ownedRects(wb: WorkbookGrid, sheet: string): Rect[] {
  return wb.names
    .filter((n) => n.name.startsWith("CP_OWN_") && n.sheet === sheet)
    .map((n) => parseRange(n.range))
    .filter((r): r is Rect => r !== null);
}

const inRects = (rects: Rect[], r: number, c: number): boolean =>
  rects.some((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right);

function cell<T>(g: Grid, row: number, col: number | undefined, value: T | null): SourceCell<T> {
  const raw = col === undefined ? null : (g.values[row]?.[col] ?? null);
  return {
    col: col ?? null,
    raw,
    numberFormat: (col !== undefined && g.formats[row]?.[col]) || "General",
    value: raw === null ? null : value,
  };
}

function toActual(raw: CellValue): Actual | null {
  if (raw === null || raw === "") return null;
  if (typeof raw === "number") return { kind: "number", raw, value: raw, percent: false };
  return { kind: "invalid", raw, reason: { code: "unrecognised_text", text: String(raw) } };
}

function toTarget(raw: CellValue): Target {
  if (raw === "м") return { kind: "invalid", raw, reason: { code: "unknown_character", text: "м" } };
  return { kind: "boolean", raw: raw ?? "", label: String(raw) };
}

/**
 * Finds header rows (Obiettivo Operativo… or a cruscotto "N. Name | years…"), the table's columns up to
 * the first empty header cell or owned cell, data rows up to a blank or heading row.
 */
export function recogniseFixture(wb: WorkbookGrid, year = YEAR): Plan {
  const tables: TableBlock[] = [];
  const indicators: IndicatorRow[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const g of wb.sheets) {
    const owned = ownedRects(wb, g.name);
    for (let r = 0; r < g.values.length; r++) {
      const row = g.values[r] ?? [];
      const isUnit = fold(row[0]) === "obiettivo operativo";
      const isCruscotto = typeof row[0] === "string" && /^\d+\./.test(row[0]) && row[2] === year;
      if (!isUnit && !isCruscotto) continue;
      const kind: TableKind = isUnit ? "obiettivi" : "cruscotto";
      let lastCol = 0;
      while (
        row[lastCol + 1] !== null &&
        row[lastCol + 1] !== undefined &&
        row[lastCol + 1] !== "" &&
        !inRects(owned, r, lastCol + 1)
      )
        lastCol++;
      const columns: ColumnMap = isUnit
        ? { objective: 0, indicator: 1, target: 2, weight: 3, area: 4 }
        : { indicator: 0, target: 2, years: { [year]: 2 } };
      for (let c = 0; c <= lastCol; c++) if (fold(row[c]).startsWith("consuntivo")) columns.actual = c;
      let last = r;
      while (last + 1 < g.values.length) {
        const next = g.values[last + 1] ?? [];
        if (next.length === 0 || next.every((v) => v === null || v === "")) break;
        if (isUnit && next.filter((v) => v !== null && v !== "").length === 1 && /^\d+\./.test(String(next[0]))) break;
        if (fold(next[0]) === "obiettivo operativo") break;
        last++;
      }
      const id = `${g.name}!${r + 1}`;
      const unitId = isUnit ? String(g.values[0]?.[0] ?? g.name) : null;
      tables.push({
        id,
        kind,
        sheet: g.name,
        headerRow: r,
        firstRow: r + 1,
        lastRow: last,
        firstCol: 0,
        lastCol,
        columns,
        unitId,
        strategicObjective: null,
      });
      for (let dr = r + 1; dr <= last; dr++) {
        const targetRaw = g.values[dr]?.[columns.target ?? 2] ?? null;
        const target = toTarget(targetRaw);
        if (target.kind === "invalid") {
          diagnostics.push({
            severity: "error",
            code: "TARGET_UNREADABLE",
            sheet: g.name,
            cell: a1(dr, columns.target ?? 2),
            params: { raw: String(targetRaw), reason: { kind: "unreadable", reason: target.reason } },
          });
        }
        const actualRaw = columns.actual === undefined ? null : (g.values[dr]?.[columns.actual] ?? null);
        indicators.push({
          key: `${g.name}!${dr + 1}`,
          tableId: id,
          sheet: g.name,
          row: dr,
          unitId,
          objective: null,
          strategicObjective: null,
          indicator: String(g.values[dr]?.[columns.indicator] ?? ""),
          target: cell(g, dr, columns.target, target),
          weight: cell(g, dr, columns.weight, 0.05),
          actual: cell(g, dr, columns.actual, toActual(actualRaw)),
          area: null,
          albero: false,
          produttivita: false,
          owner: null,
          servizi: null,
          derived: null,
        });
      }
      r = last;
    }
  }
  return { year, tables, units: [], strategicObjectives: [], indicators, diagnostics };
}

// ---- a stand-in scorer ---------------------------------------------------------------------

export function statusOf(a: number | null, targetInvalid: boolean): Status {
  if (targetInvalid) return "non_valutabile";
  if (a === null) return "non_rilevato";
  return a >= 0.9 ? "raggiunto" : a >= 0.7 ? "parzialmente_raggiunto" : "non_raggiunto";
}

/** Achievement = the numeric actual clipped to [0, 1]; everything else is unmeasured. */
export function scoreFixture(plan: Plan, extra: Partial<Scorecard> = {}): Scorecard {
  const indicators: IndicatorResult[] = plan.indicators.map((r) => {
    const invalid = r.target.value?.kind === "invalid";
    const a = !invalid && r.actual.value?.kind === "number" ? Math.max(0, Math.min(1, r.actual.value.value)) : null;
    return { key: r.key, achievement: a, status: statusOf(a, invalid), actualValue: a };
  });
  return {
    year: plan.year,
    // Values: this stand-in scorer is not the engine the formulas reproduce, and the stand-in recogniser does
    // not read a created Consuntivo back; runs with formulas are tested with the real pipeline.
    settings: { ...DEFAULT_SETTINGS, calculation: "valori" },
    ente: { score: null, method: null },
    areas: [],
    units: [],
    objectives: [],
    strategicObjectives: [],
    indicators,
    diagnostics: [],
    ...extra,
  };
}

export function unitResult(over: Partial<UnitResult> & { id: string }): UnitResult {
  return {
    name: over.id,
    kind: "servizio",
    sheet: over.id,
    area: null,
    score: null,
    coverage: null,
    weightSum: 1,
    productivityScore: null,
    status: "non_rilevato",
    ...over,
  };
}

// ---- exceljs helpers ---------------------------------------------------------------------------

/** Writes grids into a new exceljs workbook (numbers, strings, booleans; formats; merges; names). */
export function workbookFromGrids(wg: WorkbookGrid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const g of wg.sheets) {
    const ws = wb.addWorksheet(g.name);
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cellRef = ws.getCell(r + 1, c + 1);
        cellRef.value = v;
        const fmt = g.formats[r]?.[c];
        if (fmt && fmt !== "General") cellRef.numFmt = fmt;
      }),
    );
    for (const m of g.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  for (const n of wg.names) wb.definedNames.add(`'${n.sheet}'!${n.range}`, n.name);
  return wb;
}

/** Save and load through a real .xlsx byte stream: what a file on disk would give. */
export async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buf = await wb.xlsx.writeBuffer();
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(buf as ArrayBuffer as never);
  return out;
}

/** Every stored cell of every sheet: value (converted as the grid does), number format, fill and font colour. */
export interface CellSnapshot {
  value: CellValue;
  numFmt: string;
  fill: string | null;
  font: string | null;
  bold: boolean;
  formula: boolean;
}

export function snapshotCells(wb: ExcelJS.Workbook): Map<string, CellSnapshot> {
  const out = new Map<string, CellSnapshot>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (c, col) => {
        const v: unknown = c.value;
        const value: CellValue =
          v instanceof Date
            ? dateToSerial(v)
            : typeof v === "object" && v !== null
              ? JSON.stringify(v)
              : ((v as CellValue) ?? null);
        const fill = c.fill && c.fill.type === "pattern" && c.fill.fgColor ? (c.fill.fgColor.argb ?? null) : null;
        const snap: CellSnapshot = {
          value,
          numFmt: c.numFmt || "General",
          fill,
          font: c.font?.color?.argb ?? null,
          bold: c.font?.bold === true,
          formula: c.type === ExcelJS.ValueType.Formula,
        };
        // Empty unstyled cells are the same as absent ones.
        if (value === null && snap.numFmt === "General" && !fill && !snap.font && !snap.bold) return;
        out.set(`${ws.name}!${a1(r - 1, col - 1)}`, snap);
      });
    });
  }
  return out;
}

export function namesOf(wb: ExcelJS.Workbook): DefinedName[] {
  return wb.definedNames.model
    .flatMap((n) => n.ranges.map((ref) => ({ name: n.name, ref })))
    .map(({ name, ref }) => {
      const m = /^'?(.*?)'?!(.*)$/.exec(ref);
      return { name, sheet: m ? m[1] : "", range: m ? m[2] : ref };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

// ---- a pure stand-in host, for property tests without exceljs --------------------------------

import type { WritePlan } from "../../src/core/write/types";
import { planParts } from "../../src/core/write/steps";

/** Applies a WritePlan to grids the way the exceljs host does to cells (values and number formats). */
export function applyToGrids(wg: WorkbookGrid, writePlan: WritePlan): WorkbookGrid {
  const plan = planParts(writePlan);
  let sheets: Grid[] = wg.sheets.map((g) => ({
    ...g,
    values: g.values.map((r) => [...r]),
    formats: g.formats.map((r) => [...r]),
  }));
  let names = wg.names.filter((n) => !plan.removeNames.includes(n.name));
  const find = (name: string): Grid => {
    const g = sheets.find((s) => s.name === name);
    if (!g) throw new Error(`missing sheet ${name}`);
    return g;
  };
  const set = (g: Grid, r: number, c: number, v: CellValue, fmt: string | undefined): void => {
    while (g.values.length <= r) g.values.push([]);
    while (g.formats.length <= r) g.formats.push([]);
    while (g.values[r].length < c) g.values[r].push(null);
    g.values[r][c] = v;
    if (fmt !== undefined) g.formats[r][c] = fmt;
  };
  for (const c of plan.clears) {
    const g = find(c.sheet);
    for (let r = c.top; r <= Math.min(c.bottom, g.values.length - 1); r++) {
      for (let col = c.left; col <= c.right; col++)
        if (col < (g.values[r]?.length ?? 0)) set(g, r, col, null, "General");
    }
  }
  for (const s of plan.sheets) {
    if (s.replace) sheets = sheets.filter((g) => g.name !== s.name);
    else if (sheets.some((g) => g.name === s.name)) throw new Error(`sheet ${s.name} exists`);
    sheets.push({ name: s.name, values: [], formats: [], merges: [] });
  }
  // A formula with no result yet reads back as Excel shows it: an empty text.
  for (const w of plan.cells) {
    const value = w.formula !== undefined && w.value === null ? "" : w.value;
    set(find(w.sheet), w.row, w.col, value, w.style ? (w.style.numberFormat ?? "General") : undefined);
  }
  names = [...names, ...plan.setNames.map((n) => ({ name: n.name, sheet: n.sheet, range: n.range }))];
  // Normalised as a reader would give them: no trailing empty cells or rows.
  for (const g of sheets) {
    for (let r = 0; r < g.values.length; r++) {
      const row = g.values[r];
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
      const fmts = g.formats[r] ?? [];
      g.formats[r] = row.map((_, c) => fmts[c] ?? "General");
    }
    while (g.values.length > 0 && g.values[g.values.length - 1].length === 0) {
      g.values.pop();
      g.formats.pop();
    }
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { sheets, names };
}
