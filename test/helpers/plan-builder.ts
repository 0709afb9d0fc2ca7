/**
 * Hand-built Plan objects for the scoring tests: Target and Actual values are written out as the
 * contracts in src/core/targets/types.ts describe them, with no dependency on the parsers.
 * Layout of every built row: objective A, indicator B, target C, weight D, baseline E (when given),
 * actual F (0-based 0,1,2,3,4,5).
 */
import type { CellValue } from "../../src/core/grid/types";
import type {
  IndicatorRow,
  Plan,
  SourceCell,
  StrategicObjective,
  TableBlock,
  Unit,
  UnitKind,
} from "../../src/core/model/types";
import type {
  Actual,
  ComparisonTarget,
  Operator,
  Polarity,
  RelativeDirection,
  Target,
  Unreadable,
} from "../../src/core/targets/types";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings/types";

export const COL = { objective: 0, indicator: 1, target: 2, weight: 3, baseline: 4, actual: 5 } as const;

// ---- targets -------------------------------------------------------------------------------

function polarityOf(op: Operator): Polarity {
  return op === ">=" || op === ">" ? "higher" : op === "=" ? "equal" : "lower";
}

/** "≥ 80%" is cmp(">=", 0.8, { percent: true }). */
export function cmp(
  operator: Operator,
  value: number,
  opts: { percent?: boolean; label?: string; raw?: string; unit?: ComparisonTarget["unit"] } = {},
): ComparisonTarget {
  const percent = opts.percent ?? false;
  return {
    kind: "comparison",
    raw: opts.raw ?? `${operator} ${percent ? value * 100 : value}${percent ? "%" : ""}`,
    operator,
    value,
    unit: opts.unit ?? (percent ? "%" : null),
    percent,
    label: opts.label ?? null,
    polarity: polarityOf(operator),
    inferred: false,
  };
}

/** A bare value ("1,45", "100%") whose polarity the parser inferred. */
export function bare(
  value: number,
  polarity: Polarity,
  opts: { percent?: boolean; raw?: string } = {},
): ComparisonTarget {
  const percent = opts.percent ?? false;
  return {
    kind: "comparison",
    raw: opts.raw ?? String(value),
    // Parsers may store any operator for a bare value; the engine must follow the polarity.
    operator: "=",
    value,
    unit: percent ? "%" : null,
    percent,
    label: null,
    polarity,
    inferred: true,
  };
}

export function deadline(...deadlines: string[]): Target {
  return { kind: "deadline", raw: deadlines.join(" "), deadlines };
}

export function levelTarget(operator: Operator, level: number, levelLabel: string): Target {
  return { kind: "qualitative", raw: `${operator} ${levelLabel}`, operator, level, levelLabel };
}

export function yesTarget(label = "Annuale"): Target {
  return { kind: "boolean", raw: label, label };
}

export function baselineTarget(): Target {
  return { kind: "baseline", raw: "Anno di rilevazione", label: "Anno di rilevazione" };
}

export function notSetTarget(raw = "n.d."): Target {
  return { kind: "not_set", raw, label: raw };
}

/** "Incremento del 10% rispetto all'anno precedente" is relative("increase", 0.1). */
export function relative(direction: RelativeDirection, change: number, raw?: string): Target {
  const written = `${direction === "increase" ? "Incremento" : "Riduzione"} del ${change * 100}% rispetto al 2023`;
  return {
    kind: "relative",
    raw: raw ?? written,
    change,
    direction,
    polarity: direction === "increase" ? "higher" : "lower",
    reference: "al 2023",
  };
}

export function brokenTarget(raw = "м"): Target {
  return { kind: "invalid", raw, reason: { code: "unknown_character", text: raw } };
}

// ---- actuals -------------------------------------------------------------------------------

/** A plain number actual (no % sign, no % format). */
export function num(value: number, raw: string | number = value): Actual {
  return { kind: "number", raw, value, percent: false };
}

/** An actual written in %: its value is the fraction ("85%" -> 0.85). */
export function pctActual(fraction: number, raw = `${fraction * 100}%`): Actual {
  return { kind: "number", raw, value: fraction, percent: true };
}

export function ratio(numerator: number, denominator: number): Actual {
  return { kind: "ratio", raw: `${numerator}/${denominator}`, value: numerator / denominator, numerator, denominator };
}

export function dates(...isoDates: string[]): Actual {
  return { kind: "date", raw: isoDates.join(" "), dates: isoDates };
}

export function yesNo(value: boolean): Actual {
  return { kind: "boolean", raw: value ? "sì" : "no", value };
}

export function levelActual(level: number, levelLabel: string): Actual {
  return { kind: "level", raw: levelLabel, level, levelLabel };
}

export function badActual(raw: string, reason: Unreadable = { code: "unrecognised_text", text: raw }): Actual {
  return { kind: "invalid", raw, reason };
}

// ---- rows, units, plans --------------------------------------------------------------------

export interface RowSpec {
  target: Target | null;
  actual?: Actual | null;
  /** Fraction; null or absent = unweighted row. */
  weight?: number | null;
  objective?: string | null;
  indicator?: string;
  produttivita?: boolean;
  area?: string | null;
  derived?: "ente" | "area" | null;
  /** Raw actual cell content when it differs from the actual's raw (a typed value on a derived row). */
  actualRaw?: CellValue;
  /** The row's baseline cell (column E); absent = the table has no baseline column. */
  baseline?: Actual | null;
}

function cell<T>(col: number | null, raw: CellValue, value: T | null): SourceCell<T> {
  return { col, raw, numberFormat: "General", value };
}

function rawOf(x: { raw: string | number | boolean } | null): CellValue {
  return x === null ? null : x.raw;
}

/** Rows of one sheet get consecutive worksheet rows starting below a header on row 1 (0-based 0). */
export function buildRows(
  sheet: string,
  unitId: string | null,
  specs: readonly RowSpec[],
  tableId = `${sheet}!1`,
): IndicatorRow[] {
  return specs.map((s, i) => {
    const row = i + 1;
    const actual = s.actual ?? null;
    return {
      key: `${sheet}!${row + 1}`,
      tableId,
      sheet,
      row,
      unitId,
      objective: s.objective === undefined ? null : s.objective,
      strategicObjective: null,
      indicator: s.indicator ?? `Indicatore ${row}`,
      target: cell(COL.target, rawOf(s.target), s.target),
      weight: cell(COL.weight, s.weight ?? null, s.weight ?? null),
      actual: cell(COL.actual, s.actualRaw !== undefined ? s.actualRaw : rawOf(actual), actual),
      area: s.area ?? null,
      albero: false,
      produttivita: s.produttivita ?? false,
      owner: null,
      servizi: null,
      derived: s.derived ?? null,
      ...(s.baseline === undefined ? {} : { baseline: cell(COL.baseline, rawOf(s.baseline), s.baseline) }),
    };
  });
}

export function unit(
  id: string,
  specs: readonly RowSpec[],
  opts: { kind?: UnitKind; area?: string | null } = {},
): Unit {
  return {
    id,
    name: id,
    kind: opts.kind ?? "servizio",
    sheet: id,
    area: opts.area ?? null,
    headingRow: 0,
    indicators: buildRows(id, id, specs),
  };
}

export function strategic(
  number: number,
  specs: readonly RowSpec[],
  opts: { weighted?: boolean; sheet?: string } = {},
): StrategicObjective {
  const sheet = opts.sheet ?? `Cruscotto ${number}`;
  return {
    number,
    name: `Obiettivo ${number}`,
    perspective: null,
    missione: null,
    kpis: buildRows(sheet, null, specs),
    weighted: opts.weighted ?? false,
  };
}

function tableOf(sheet: string, kind: TableBlock["kind"], unitId: string | null, rows: number): TableBlock {
  return {
    id: `${sheet}!1`,
    kind,
    sheet,
    headerRow: 0,
    firstRow: 1,
    lastRow: rows,
    firstCol: 0,
    lastCol: COL.actual,
    columns: {
      objective: COL.objective,
      indicator: COL.indicator,
      target: COL.target,
      weight: COL.weight,
      actual: COL.actual,
    },
    unitId,
    strategicObjective: null,
  };
}

export function plan(
  units: readonly Unit[],
  strategicObjectives: readonly StrategicObjective[] = [],
  year = 2022,
): Plan {
  return {
    year,
    tables: [
      ...units.map((u) =>
        tableOf(u.sheet, u.kind === "dirigente" ? "dirigente" : "obiettivi", u.id, u.indicators.length),
      ),
      ...strategicObjectives.map((o) =>
        tableOf(o.kpis[0]?.sheet ?? `Cruscotto ${o.number}`, "cruscotto", null, o.kpis.length),
      ),
    ],
    units: [...units],
    strategicObjectives: [...strategicObjectives],
    indicators: [...units.flatMap((u) => u.indicators), ...strategicObjectives.flatMap((o) => o.kpis)],
    diagnostics: [],
  };
}

export function settingsWith(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}
