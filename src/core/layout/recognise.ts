/**
 * recognise(): the workbook's grids -> the typed Plan. One pass over each sheet's rows; every
 * row is a blank, a header, a total, a heading or a data row. Never throws on a user's workbook:
 * what cannot be read becomes a Diagnostic with its sheet and A1 cell.
 */
import type { CellValue, Grid, WorkbookGrid } from "../grid/types";
import { NONE_PARAM, percentParam, unreadableParam, type Diagnostic, type DiagnosticParam } from "../diagnostics/types";
import type {
  ColumnMap, IndicatorRow, Plan, SourceCell, StrategicObjective, StrategicRef, TableBlock, TableKind, Unit, UnitKind,
} from "../model/types";
import type { Actual, ComparisonTarget, ParseContext, Polarity, Target } from "../targets/types";
import type { Settings } from "../settings/types";
import { a1, columnLetter } from "../grid/address";
import { maskedValues, ownedMask } from "./owned";
import { mergeLookup, type MergeLookup } from "./merges";
import { HeaderDetector, looksLikeHeader, type HeaderMatch } from "./headers";
import { classifyHeading, parseStrategic, unitKindOfSheetName, type Heading } from "./headings";
import { unitArea } from "./area";
import { inconsistentYears } from "./cruscotto";
import { ParseCache } from "./parseCache";
import { cellText, isBlank, normalise } from "./text";
import { displayCell } from "../targets";

/** Two blank rows end a table. */
const BLANK_ROWS_END_TABLE = 2;
const EPS = 1e-9;
const NEGATIVE_MARKS = new Set(["no", "n", "0", "-", "false", "falso"]);
const TOTAL_LABELS = new Set(["totale", "total", "totale pesi", "tot"]);
const MAX_TOTAL_LABEL = 12;
const MAX_MARK = 8;

interface UnitDraft {
  name: string;
  kind: UnitKind;
  sheet: string;
  headingRow: number | null;
  headingCol: number;
  tables: TableBlock[];
  indicators: IndicatorRow[];
  /** Σ of each Peso column since the unit's start or its last printed total (raw columns, for the total check). */
  sinceTotal: number;
  otherSinceTotal: number;
}


interface MappaEntry {
  number: number | null;
  name: string;
  perspective: string | null;
  missione: string | null;
}

type MappaCols = Extract<HeaderMatch, { kind: "mappa" }>;

interface Block {
  kind: TableKind | "mappa" | "programmi";
  table: TableBlock | null;
  columns: ColumnMap;
  mappa: MappaCols | null;
  firstCol: number;
  lastCol: number;
  unit: UnitDraft | null;
  objective: StrategicObjective | null;
  /** Fill-down memory of the block. */
  last: { objective: string | null; area: string | null; servizi: string | null; owner: string | null };
  sum: number;
  otherSum: number;
}

interface RunState {
  settings: Settings;
  diagnostics: Diagnostic[];
  tables: TableBlock[];
  indicators: IndicatorRow[];
  units: UnitDraft[];
  unitByKey: Map<string, UnitDraft>;
  objectives: Map<string, StrategicObjective>;
  mappa: MappaEntry[];
  yearMissingReported: boolean;
  cache: ParseCache;
  /** format -> raw -> polarity -> TARGET_POLARITY_INFERRED params (see inferredParams). */
  inferred: Map<string, Map<CellValue, Partial<Record<Polarity, InferredParams>>>>;
  inferredCount: number;
}

type InferredParams = Diagnostic["params"];
const MAX_INFERRED_PARAMS = 5_000;

function objectiveKey(ref: StrategicRef): string {
  return ref.number !== null ? `#${ref.number}` : normalise(ref.name);
}

/** Albero / Produttività: any mark ("X", "x", "sì") except an explicit no. */
function isMark(text: string): boolean {
  if (text === "") return false;
  return text.length > MAX_MARK || !NEGATIVE_MARKS.has(text.toLowerCase());
}

/** Scans one sheet, appending to the run state. */
class SheetScanner {
  private readonly values: CellValue[][];
  private readonly merges: MergeLookup;
  private block: Block | null = null;
  /** The last header of this sheet, reused by data rows under a heading that has no header of its own. */
  private lastHeader: { match: HeaderMatch; row: number } | null = null;
  private unit: UnitDraft | null = null;
  private sheetUnit: UnitDraft | null = null;
  private strategic: StrategicRef | null = null;
  private perspective: string | null = null;
  private missione: string | null = null;
  private hasContent = false;
  private hasBlock = false;
  private readonly headers: HeaderDetector;

  constructor(private readonly grid: Grid, private readonly st: RunState, values: CellValue[][]) {
    this.values = values;
    this.merges = mergeLookup(grid);
    this.headers = new HeaderDetector(st.settings.year);
    const settings = st.settings;
    this.parseCtx = {
      numberFormat: undefined,
      indicator: "",
      levels: settings.levels,
      lowerIsBetterWords: settings.lowerIsBetterWords,
      strictComparisons: settings.strictComparisons,
    };
  }

  scan(): void {
    const values = this.values;
    let blankRun = 0;
    for (let r = 0; r < values.length; r++) {
      const row = values[r] ?? [];
      let count = 0;
      let first = -1;
      for (let c = 0; c < row.length; c++) {
        if (!isBlank(row[c])) {
          if (first < 0) first = c;
          count++;
        }
      }
      if (count === 0) {
        if (++blankRun >= BLANK_ROWS_END_TABLE) {
          this.block = null;
          this.lastHeader = null;
        }
        continue;
      }
      blankRun = 0;
      this.hasContent = true;

      if (looksLikeHeader(row)) {
        const m = this.headers.detect(row);
        if (m) {
          this.openBlock(m, r, false);
          this.lastHeader = { match: m, row: r };
          continue;
        }
      }
      const block = this.block;
      if (block && block.table && block.kind !== "cruscotto" && this.isTotalRow(r, row, block)) {
        this.checkTotal(r, row, block);
        continue;
      }
      // Before any table a lone text anywhere in its row is a heading (a title over a table that
      // starts at column C); once a table is open, only text at its left edge is.
      const leftmost = block || this.lastHeader ? (block?.firstCol ?? this.lastHeader?.match.firstCol ?? 0) + 1 : Infinity;
      if (count === 1 && first <= leftmost && typeof row[first] === "string") {
        const h = classifyHeading(row[first] as string);
        // Inside a cruscotto a KPI text alone in its row is data, whatever word it starts with.
        const isData = block !== null && (h.kind === "other" || (h.kind === "unit" && block.kind === "cruscotto"));
        if (!isData) {
          this.block = null;
          this.applyHeading(h, r, first);
          continue;
        }
      }
      if (!this.block && this.lastHeader && this.looksLikeData(row, this.lastHeader.match)) {
        // Rows under a heading without a header of their own (dirigenti, DIR AIII objective 7): same columns.
        this.openBlock(this.lastHeader.match, r, true);
      }
      if (this.block) this.dataRow(r, row, this.block);
    }
    if (this.hasContent && !this.hasBlock) {
      this.st.diagnostics.push({ severity: "info", code: "HEADER_NOT_FOUND", sheet: this.grid.name, cell: null, params: { sheet: this.grid.name } });
    }
  }

  // ---------- cells ----------

  private fmt(r: number, c: number): string {
    return this.grid.formats[r]?.[c] || "General";
  }

  /** Set by mergedCell: whether its last answer came from a merge (kept in a field to spare an allocation per cell). */
  private fromMerge = false;

  /** A fill-down column's value: the cell, else the merge covering it. */
  private mergedCell(r: number, row: CellValue[], c: number | undefined): string {
    this.fromMerge = false;
    if (c === undefined) return "";
    const own = cellText(row[c]);
    if (own !== "") return own;
    const m = this.merges.covered(r, c, this.values);
    if (m === undefined) return "";
    this.fromMerge = true;
    return cellText(m);
  }

  private looksLikeData(row: CellValue[], m: HeaderMatch): boolean {
    if (m.kind === "mappa" || m.kind === "programmi") return true;
    const cols = m.columns;
    if (!isBlank(row[cols.indicator])) return true;
    if (cols.target !== undefined && !isBlank(row[cols.target])) return true;
    if (cols.years) for (const c of Object.values(cols.years)) if (!isBlank(row[c])) return true;
    return false;
  }

  // ---------- headings and units ----------

  private applyHeading(h: Heading, r: number, col: number): void {
    switch (h.kind) {
      case "missione":
        this.missione = h.text;
        this.strategic = null;
        break;
      case "strategic":
        this.strategic = h.ref;
        break;
      case "perspective":
        this.perspective = h.text;
        break;
      case "unit":
        this.unit = this.unitDraft(h.name, h.unitKind, r, col);
        this.strategic = null;
        this.perspective = null;
        this.lastHeader = null;
        break;
      case "other":
        break;
    }
  }

  private unitDraft(name: string, kind: UnitKind, headingRow: number | null, headingCol: number): UnitDraft {
    const key = `${this.grid.name}\u0000${name}`;
    const existing = this.st.unitByKey.get(key);
    if (existing) return existing;
    const u: UnitDraft = { name, kind, sheet: this.grid.name, headingRow, headingCol, tables: [], indicators: [], sinceTotal: 0, otherSinceTotal: 0 };
    this.st.units.push(u);
    this.st.unitByKey.set(key, u);
    return u;
  }

  /** Tables before any unit heading belong to a unit named after the sheet. */
  private unitForTable(headerRow: number, headerCol: number): UnitDraft {
    if (this.unit) return this.unit;
    if (!this.sheetUnit) {
      this.sheetUnit = this.unitDraft(this.grid.name, unitKindOfSheetName(this.grid.name), null, 0);
      this.st.diagnostics.push({
        severity: "info", code: "UNIT_FROM_SHEET_NAME", sheet: this.grid.name, cell: a1(headerRow, headerCol), params: { sheet: this.grid.name },
      });
    }
    return this.sheetUnit;
  }

  private strategicObjective(ref: StrategicRef): StrategicObjective {
    const key = objectiveKey(ref);
    let o = this.st.objectives.get(key);
    if (!o) {
      o = { number: ref.number, name: ref.name, perspective: this.perspective, missione: this.missione, kpis: [], weighted: false };
      this.st.objectives.set(key, o);
    }
    return o;
  }

  // ---------- blocks ----------

  /**
   * Opens a table at a header row (inherited = false), or at the first data row under a heading
   * that reuses the sheet's last header (inherited = true; its headerRow is then the row above).
   */
  private openBlock(m: HeaderMatch, row: number, inherited: boolean): void {
    const headerRow = inherited ? Math.max(row - 1, 0) : row;
    this.hasBlock = true;
    const last = { objective: null, area: null, servizi: null, owner: null };
    if (m.kind === "mappa" || m.kind === "programmi") {
      this.block = { kind: m.kind, table: null, columns: { indicator: -1 }, mappa: m.kind === "mappa" ? m : null, firstCol: m.firstCol, lastCol: m.lastCol, unit: null, objective: null, last, sum: 0, otherSum: 0 };
      return;
    }
    const sheet = this.grid.name;
    let kind: TableKind = m.kind;
    let unit: UnitDraft | null = null;
    let objective: StrategicObjective | null = null;
    let strategic: StrategicRef | null = this.strategic;
    if (m.kind === "cruscotto") {
      strategic = inherited ? this.strategic : m.strategic ?? this.strategic;
      if (!inherited && m.strategic) this.strategic = m.strategic;
      if (strategic) {
        objective = this.strategicObjective(strategic);
        if (m.columns.weight !== undefined) objective.weighted = true;
      }
      const year = this.st.settings.year;
      if (!this.st.yearMissingReported && m.columns.years?.[year] === undefined) {
        this.st.yearMissingReported = true;
        this.st.diagnostics.push({ severity: "warning", code: "YEAR_COLUMN_MISSING", sheet, cell: a1(headerRow, m.firstCol), params: { year } });
      }
    } else {
      unit = this.unitForTable(headerRow, m.firstCol);
      if (m.kind === "dirigente") unit.kind = "dirigente";
      if (unit.kind === "dirigente") kind = "dirigente";
    }
    const table: TableBlock = {
      id: `${sheet}!${headerRow + 1}`,
      kind,
      sheet,
      headerRow,
      firstRow: inherited ? row : headerRow + 1,
      lastRow: inherited ? row - 1 : headerRow,
      firstCol: m.firstCol,
      lastCol: m.lastCol,
      columns: m.columns,
      unitId: null,
      strategicObjective: strategic,
    };
    // A header reused under a later heading keeps its duplicates silent: they were reported once.
    if (!inherited && m.duplicates.length > 0) {
      const d = m.duplicates[0];
      this.st.diagnostics.push({
        severity: "info", code: "HEADER_DUPLICATED", sheet, cell: a1(headerRow, d.used),
        params: { header: d.header, row: headerRow + 1, used: columnLetter(d.used) },
      });
    }
    this.st.tables.push(table);
    unit?.tables.push(table);
    this.block = { kind, table, columns: m.columns, mappa: null, firstCol: m.firstCol, lastCol: m.lastCol, unit, objective, last, sum: 0, otherSum: 0 };
  }

  // ---------- rows ----------

  private isTotalRow(r: number, row: CellValue[], b: Block): boolean {
    const cols = b.columns;
    if (cols.weight === undefined && cols.weightOther === undefined) return false;
    // Fast exit for the common case: a data row has its indicator text.
    if (!isBlank(row[cols.indicator])) {
      const t = row[cols.indicator];
      if (typeof t !== "string" || t.length > MAX_TOTAL_LABEL) return false;
    }
    const w = cols.weight !== undefined ? row[cols.weight] : null;
    const wo = cols.weightOther !== undefined ? row[cols.weightOther] : null;
    if (isBlank(w) && isBlank(wo)) return false;
    // Only numbers make a total: a heading typed in the first Peso column (dirigenti) is not one.
    for (const [v, c] of [[w, cols.weight], [wo, cols.weightOther]] as const) {
      if (isBlank(v) || c === undefined) continue;
      if (!this.st.cache.weight(v ?? null, this.fmt(r, c))?.ok) return false;
    }
    for (let c = 0; c < row.length; c++) {
      if (c === cols.weight || c === cols.weightOther) continue;
      const v = row[c];
      if (isBlank(v)) continue;
      // A "Totale" label in the text columns is allowed; anything else makes it a data row.
      if ((c === cols.objective || c === cols.indicator) && typeof v === "string" && v.length <= MAX_TOTAL_LABEL && TOTAL_LABELS.has(normalise(v))) continue;
      return false;
    }
    return true;
  }

  private checkTotal(r: number, row: CellValue[], b: Block): void {
    const u = b.unit;
    const check = (col: number | undefined, blockSum: number, unitSum: number): void => {
      if (col === undefined || isBlank(row[col])) return;
      const printed = this.st.cache.weight(row[col], this.fmt(r, col));
      if (!printed || !printed.ok) return;
      // A total may close the block or the whole unit (dirigenti print one per scheda).
      if (Math.abs(printed.value - blockSum) < 1e-6 || Math.abs(printed.value - unitSum) < 1e-6) return;
      this.st.diagnostics.push({
        severity: "info", code: "TOTAL_ROW_MISMATCH", sheet: this.grid.name, cell: a1(r, col),
        params: { printed: cellText(row[col]), sum: percentParam(unitSum) },
      });
    };
    check(b.columns.weight, b.sum, u ? u.sinceTotal : b.sum);
    check(b.columns.weightOther, b.otherSum, u ? u.otherSinceTotal : b.otherSum);
    if (u) {
      u.sinceTotal = 0;
      u.otherSinceTotal = 0;
    }
    b.sum = 0;
    b.otherSum = 0;
  }

  /**
   * One ParseContext per scanner, refilled per cell: the parsers read it during the call and keep
   * nothing, and 50 000 rows would otherwise allocate 100 000 of them.
   */
  private readonly parseCtx: ParseContext;

  private ctx(r: number, c: number | undefined, indicator: string): ParseContext {
    this.parseCtx.numberFormat = c === undefined ? undefined : this.fmt(r, c);
    this.parseCtx.indicator = indicator;
    return this.parseCtx;
  }

  private targetCell(r: number, row: CellValue[], c: number | undefined, indicator: string): SourceCell<Target> {
    if (c === undefined) return { col: null, raw: null, numberFormat: "General", value: null };
    const raw = row[c] ?? null;
    return { col: c, raw, numberFormat: this.fmt(r, c), value: isBlank(raw) ? null : this.st.cache.target(raw, this.ctx(r, c, indicator)) };
  }

  /** Area / Servizi / Owner: the cell, the merge over it, or on a continuation row the value above. */
  private filled(r: number, row: CellValue[], b: Block, c: number | undefined, key: "area" | "servizi" | "owner", continuation: boolean): string | null {
    if (c === undefined) return null;
    const v = this.mergedCell(r, row, c);
    const text = v !== "" ? v : continuation ? b.last[key] : null;
    b.last[key] = text;
    return text;
  }

  private dataRow(r: number, row: CellValue[], b: Block): void {
    if (b.kind === "mappa") return this.mappaRow(row, b);
    if (b.kind === "programmi" || !b.table) return;
    const cols = b.columns;
    const table = b.table;
    const indicator = cellText(row[cols.indicator]);

    // Objective: the cell, the merge over it, or the value above in the block (blank continuation row).
    let objective: string | null = null;
    let continuation = false;
    if (cols.objective !== undefined && b.kind !== "cruscotto") {
      const o = this.mergedCell(r, row, cols.objective);
      if (o !== "") {
        objective = o;
        continuation = this.fromMerge;
      } else {
        objective = b.last.objective;
        continuation = true;
      }
      b.last.objective = objective;
    }
    const area = this.filled(r, row, b, cols.area, "area", continuation);
    const servizi = this.filled(r, row, b, cols.servizi, "servizi", continuation);
    const owner = this.filled(r, row, b, cols.owner, "owner", continuation);

    const target = this.targetCell(r, row, b.kind === "cruscotto" ? cols.years?.[this.st.settings.year] : cols.target, indicator);
    let targetsByYear: Record<number, SourceCell<Target>> | undefined;
    let anyYear = false;
    if (b.kind === "cruscotto" && cols.years) {
      targetsByYear = {};
      for (const [y, c] of Object.entries(cols.years)) {
        const cell = this.targetCell(r, row, c, indicator);
        if (cell.value) anyYear = true;
        targetsByYear[Number(y)] = cell;
      }
    }
    if (indicator === "" && !target.value && !anyYear) return; // objective-only or note row: not an indicator

    const weight = this.weightCell(r, row, b);
    const actualCol = cols.actual;
    const actualRaw = actualCol !== undefined ? row[actualCol] ?? null : null;
    const actual: SourceCell<Actual> = {
      col: actualCol ?? null,
      raw: actualRaw,
      numberFormat: actualCol !== undefined ? this.fmt(r, actualCol) : "General",
      value: actualCol !== undefined && !isBlank(actualRaw) ? this.st.cache.actual(actualRaw, this.ctx(r, actualCol, indicator)) : null,
    };

    let derived: IndicatorRow["derived"] = null;
    if (b.kind === "dirigente") {
      const n = normalise(indicator);
      if (n.includes("obiettivi di ente") || n.includes("indicatore sintetico performance organizzativa")) derived = "ente";
      else if (n.includes("obiettivi di area") || n.includes("performance di area")) derived = "area";
    }

    const ir: IndicatorRow = {
      key: `${this.grid.name}!${r + 1}`,
      tableId: table.id,
      sheet: this.grid.name,
      row: r,
      unitId: null,
      objective,
      strategicObjective: b.kind === "cruscotto" ? table.strategicObjective : this.strategic,
      indicator,
      target,
      weight,
      actual,
      area,
      albero: cols.albero !== undefined && isMark(this.mergedCell(r, row, cols.albero)),
      produttivita: cols.produttivita !== undefined && isMark(this.mergedCell(r, row, cols.produttivita)),
      owner,
      servizi,
      derived,
    };
    if (targetsByYear) ir.targetsByYear = targetsByYear;
    this.targetDiagnostics(ir);
    if (targetsByYear) {
      // The evaluation year's target was checked above; the other years' are not scored this run,
      // but an unreadable one is still a cell a person must fix before its year comes.
      for (const [y, cell] of Object.entries(targetsByYear)) {
        if (Number(y) === this.st.settings.year || cell.value?.kind !== "invalid" || cell.col === null) continue;
        this.st.diagnostics.push({
          severity: "warning", code: "TARGET_UNREADABLE", sheet: this.grid.name, cell: a1(r, cell.col),
          params: { raw: displayCell(cell.raw, cell.numberFormat), reason: unreadableParam(cell.value.reason) },
        });
      }
      for (const odd of inconsistentYears(targetsByYear)) {
        this.st.diagnostics.push({
          severity: "warning", code: "TARGET_INCONSISTENT", sheet: this.grid.name, cell: a1(r, odd.col),
          params: { year: odd.year, raw: odd.raw, others: odd.others },
        });
      }
    }
    table.lastRow = r;
    this.st.indicators.push(ir);
    b.unit?.indicators.push(ir);
    b.objective?.kpis.push(ir);
  }

  /**
   * Reads a Peso cell into the fields below (one reader per scanner instead of an object per cell):
   * weightRaw, weightValue (null when empty or unreadable) and weightReadable.
   */
  private weightRaw: CellValue = null;
  private weightValue: number | null = null;
  private weightReadable = true;

  private readWeight(r: number, row: CellValue[], c: number | undefined): void {
    this.weightRaw = null;
    this.weightValue = null;
    this.weightReadable = true;
    if (c === undefined) return;
    const raw = row[c] ?? null;
    this.weightRaw = raw;
    if (isBlank(raw)) return;
    const p = this.st.cache.weight(raw, this.fmt(r, c));
    if (p === null) return;
    if (!p.ok) {
      this.st.diagnostics.push({
        severity: "error", code: "WEIGHT_UNREADABLE", sheet: this.grid.name, cell: a1(r, c), params: { raw: displayCell(raw, this.fmt(r, c)), reason: unreadableParam(p.reason) },
      });
      this.weightReadable = false;
      return;
    }
    this.weightValue = p.value;
  }

  private weightCell(r: number, row: CellValue[], b: Block): SourceCell<number> {
    const cols = b.columns;
    if (cols.weightOther === undefined) {
      // The common case: one Peso column.
      this.readWeight(r, row, cols.weight);
      const value = this.weightValue;
      b.sum += value ?? 0;
      if (b.unit) b.unit.sinceTotal += value ?? 0;
      const col = cols.weight ?? null;
      return { col, raw: this.weightRaw, numberFormat: col !== null ? this.fmt(r, col) : "General", value };
    }
    this.readWeight(r, row, cols.weight);
    const last = { raw: this.weightRaw, value: this.weightValue, readable: this.weightReadable };
    this.readWeight(r, row, cols.weightOther);
    const other = { raw: this.weightRaw, value: this.weightValue, readable: this.weightReadable };
    b.sum += last.value ?? 0;
    b.otherSum += other.value ?? 0;
    if (b.unit) {
      b.unit.sinceTotal += last.value ?? 0;
      b.unit.otherSinceTotal += other.value ?? 0;
    }
    let col = cols.weight ?? null;
    let used = last;
    if (cols.weight !== undefined) {
      const lastEmpty = isBlank(last.raw);
      const otherEmpty = isBlank(other.raw);
      if (lastEmpty && !otherEmpty && other.readable) {
        // The scored Peso is empty but the first one is filled: use it rather than drop the row's weight.
        col = cols.weightOther;
        used = other;
        this.st.diagnostics.push({
          severity: "warning", code: "WEIGHT_COLUMNS_DISAGREE", sheet: this.grid.name, cell: a1(r, cols.weight),
          params: { row: r + 1, first: cellText(other.raw), second: NONE_PARAM, used: cellText(other.raw) },
        });
      } else if (last.value !== null && other.value !== null && Math.abs(last.value - other.value) > EPS) {
        this.st.diagnostics.push({
          severity: "warning", code: "WEIGHT_COLUMNS_DISAGREE", sheet: this.grid.name, cell: a1(r, cols.weight),
          params: { row: r + 1, first: cellText(other.raw), second: cellText(last.raw), used: cellText(last.raw) },
        });
      }
    }
    return { col, raw: used.raw, numberFormat: col !== null ? this.fmt(r, col) : "General", value: used.value };
  }

  private targetDiagnostics(ir: IndicatorRow): void {
    const t = ir.target;
    const weighted = ir.weight.value !== null && ir.weight.value > 0;
    const sheet = this.grid.name;
    if (t.col === null) return; // cruscotto without the evaluation year: reported once as YEAR_COLUMN_MISSING
    if (!t.value) {
      if (weighted) {
        const cell = a1(ir.row, t.col);
        this.st.diagnostics.push({ severity: "warning", code: "TARGET_MISSING", sheet, cell, params: { cell } });
      }
      return;
    }
    if (t.value.kind === "invalid") {
      this.st.diagnostics.push({
        severity: weighted ? "error" : "warning", code: "TARGET_UNREADABLE", sheet, cell: a1(ir.row, t.col), params: { raw: displayCell(t.raw, t.numberFormat), reason: unreadableParam(t.value.reason) },
      });
    } else if (t.value.kind === "comparison" && t.value.inferred) {
      this.st.diagnostics.push({
        severity: "info", code: "TARGET_POLARITY_INFERRED", sheet, cell: a1(ir.row, t.col), params: this.inferredParams(t.value, t.raw, t.numberFormat),
      });
    }
  }

  /**
   * Params of TARGET_POLARITY_INFERRED. A third of a plan's rows may carry one, mostly for the same few
   * cells ("100%"): the params depend only on the cell, its format and the polarity, so rows share them
   * (diagnostics are values: nobody changes their params).
   */
  private inferredParams(t: ComparisonTarget, raw: CellValue, numberFormat: string): Diagnostic["params"] {
    const byRaw = this.st.inferred.get(numberFormat);
    const known = byRaw?.get(raw)?.[t.polarity];
    if (known && sameBasis(known.basis, t)) return known;
    const params = { raw: displayCell(raw, numberFormat), polarity: { kind: "polarity", polarity: t.polarity }, basis: inferenceBasis(t) } satisfies InferredParams;
    if (this.st.inferredCount < MAX_INFERRED_PARAMS) {
      this.st.inferredCount++;
      let m = byRaw;
      if (!m) this.st.inferred.set(numberFormat, (m = new Map()));
      let entry = m.get(raw);
      if (!entry) m.set(raw, (entry = {}));
      entry[t.polarity] = params;
    }
    return params;
  }

  private mappaRow(row: CellValue[], b: Block): void {
    const m = b.mappa;
    if (!m) return;
    const nameText = cellText(row[m.strategic]);
    if (nameText === "") return;
    let number: number | null = null;
    let name = nameText;
    if (m.number !== undefined) {
      const n = Number(cellText(row[m.number]).replace(/[.\s]/g, ""));
      if (Number.isInteger(n) && n > 0) number = n;
    }
    const ref = parseStrategic(nameText);
    if (ref) {
      number = number ?? ref.number;
      name = ref.name;
    }
    const text = (c: number | undefined): string | null => (c === undefined ? null : cellText(row[c]) || null);
    this.st.mappa.push({ number, name, perspective: text(m.perspective), missione: text(m.missione) });
  }
}

export function recognise(workbook: WorkbookGrid, settings: Settings): Plan {
  const st: RunState = {
    settings,
    diagnostics: [],
    tables: [],
    indicators: [],
    units: [],
    unitByKey: new Map(),
    objectives: new Map(),
    mappa: [],
    yearMissingReported: false,
    cache: new ParseCache(),
    inferred: new Map(),
    inferredCount: 0,
  };
  const mask = ownedMask(workbook);
  for (const grid of workbook.sheets) {
    if (mask.sheets.has(grid.name)) continue;
    try {
      new SheetScanner(grid, st, maskedValues(grid, mask)).scan();
    } catch {
      // A malformed grid from a host must not stop the run: the sheet is reported as unread.
      st.diagnostics.push({ severity: "info", code: "HEADER_NOT_FOUND", sheet: grid.name, cell: null, params: { sheet: grid.name } });
    }
  }
  return assemble(st);
}

function assemble(st: RunState): Plan {
  // Mappa strategica: perspective and missione of the objectives, and objectives the cruscotto lacks.
  for (const e of st.mappa) {
    const key = objectiveKey({ number: e.number, name: e.name });
    const o = st.objectives.get(key);
    if (o) {
      o.perspective = o.perspective ?? e.perspective;
      o.missione = o.missione ?? e.missione;
    } else {
      st.objectives.set(key, { number: e.number, name: e.name, perspective: e.perspective, missione: e.missione, kpis: [], weighted: false });
    }
  }

  const drafts = st.units.filter((u) => u.tables.length > 0);
  const nameCount = new Map<string, number>();
  for (const u of drafts) nameCount.set(u.name, (nameCount.get(u.name) ?? 0) + 1);
  const units: Unit[] = drafts.map((u) => {
    const id = (nameCount.get(u.name) ?? 0) > 1 ? `${u.name} (${u.sheet})` : u.name;
    for (const t of u.tables) t.unitId = id;
    for (const ir of u.indicators) ir.unitId = id;
    const area = unitArea(u.kind, u.name, u.indicators.map((i) => i.area));
    if (!area) {
      st.diagnostics.push({
        severity: "info", code: "UNIT_WITHOUT_AREA", sheet: u.sheet,
        cell: u.headingRow !== null ? a1(u.headingRow, u.headingCol) : a1(u.tables[0].headerRow, u.tables[0].firstCol),
        params: { unit: u.name },
      });
    }
    return { id, name: u.name, kind: u.kind, sheet: u.sheet, area, headingRow: u.headingRow, indicators: u.indicators };
  });

  const hasPlanTable = st.tables.length > 0;
  if (!hasPlanTable) st.diagnostics.push({ severity: "error", code: "NO_PLAN_TABLE", sheet: "", cell: null, params: {} });

  const strategicObjectives = [...st.objectives.values()].sort(
    (a, b) => (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER),
  );
  return {
    year: st.settings.year,
    tables: st.tables,
    units,
    strategicObjectives,
    indicators: st.indicators,
    diagnostics: st.diagnostics,
  };
}

/**
 * Why a bare value got its polarity: a percentage is a share of things done (higher is better by the
 * SMVP's own rule), otherwise the indicator's words decided. Carried as a param so that the Note column
 * can leave out the rule's routine case while the report keeps every inference.
 */
function inferenceBasis(t: ComparisonTarget): DiagnosticParam {
  return { kind: "inferenceBasis", basis: t.percent ? "percent" : "indicator" };
}

function sameBasis(known: DiagnosticParam | undefined, t: ComparisonTarget): boolean {
  return typeof known === "object" && known.kind === "inferenceBasis" && known.basis === (t.percent ? "percent" : "indicator");
}
